import { describe, expect, it } from 'vitest'
import {
  FIRST_VISIT_DOCUMENTS,
  firstVisitDocuments,
  firstVisitDocumentsModule,
  takeFirstVisitDocuments,
} from '../../scripts/firstVisitDocuments'
import { snapshotDocuments } from '../engine'
import { firstVisitSnapshot } from './firstVisitSnapshot'
import { blogDocuments } from './presets/blog'

describe('the first visit documents', () => {
  it('are the default scenario documents, parsed by the engine as the page would', async () => {
    const taken = await takeFirstVisitDocuments() // as the build takes them (Vite's module runner)
    expect(taken).toEqual(snapshotDocuments(blogDocuments()))
    expect(taken).toEqual(firstVisitSnapshot())
    expect(taken.map((d) => d.text)).toEqual([
      blogDocuments().serviceAccount,
      blogDocuments().pod,
      ...blogDocuments().trustPolicies,
      ...blogDocuments().permissionPolicies,
    ])
  })

  it('reach the page as a module in the build, and as an empty list from the dev server', async () => {
    expect(firstVisitDocumentsModule([])).toBe('export default []\n')
    const plugin = firstVisitDocuments() as unknown as {
      configResolved: (config: { command: 'build' | 'serve' }) => void
      resolveId: (id: string) => string | undefined
      load: (id: string) => Promise<string | undefined>
    }
    const id = plugin.resolveId(FIRST_VISIT_DOCUMENTS)!
    expect(plugin.resolveId('./other')).toBeUndefined()
    plugin.configResolved({ command: 'serve' })
    expect(await plugin.load(id)).toBe('export default []\n')
    plugin.configResolved({ command: 'build' })
    const source = (await plugin.load(id))!
    expect(JSON.parse(source.replace(/^export default /, ''))).toEqual(firstVisitSnapshot())
  })
})
