import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  COMPILE_HINT,
  compileHints,
  firstScreenChunk,
  FIRST_SCREEN_OUTPUT,
  initialChunks,
} from '../../scripts/compileHints'

const chunk = (fileName: string, imports: string[] = [], isEntry = false) => ({
  type: 'chunk' as const,
  fileName,
  isEntry,
  imports,
})

/** A bundle like the app's: an entry, its static imports, and lazy chunks it imports dynamically. */
const bundle = {
  'index.js': chunk('index.js', ['react.js', 'store.js'], true),
  'react.js': chunk('react.js'),
  'store.js': chunk('store.js', ['engine.js']),
  'engine.js': chunk('engine.js', ['react.js']),
  'monaco.js': chunk('monaco.js', ['react.js']),
  'EditorsPanel.js': chunk('EditorsPanel.js', ['monaco.js', 'store.js']),
  'index.css': { type: 'asset' as const },
}

describe('initialChunks', () => {
  it('is the entry and what it imports statically, recursively, and nothing loaded lazily', () => {
    expect([...initialChunks(bundle)].sort()).toEqual([
      'engine.js',
      'index.js',
      'react.js',
      'store.js',
    ])
  })

  it('ends on import cycles', () => {
    const cyclic = { 'a.js': chunk('a.js', ['b.js'], true), 'b.js': chunk('b.js', ['a.js']) }
    expect([...initialChunks(cyclic)].sort()).toEqual(['a.js', 'b.js'])
  })
})

describe('compileHints', () => {
  it('puts the hint on the first line of the initial chunks as written, once, and moves their maps', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'hints-'))
    for (const name of Object.keys(bundle))
      if (name.endsWith('.js')) writeFileSync(join(outDir, name), `const __vite__mapDeps=1;${name}`)
    writeFileSync(join(outDir, 'store.js.map'), JSON.stringify({ version: 3, mappings: 'AAAA' }))
    const plugin = compileHints()
    const hooks = plugin as unknown as {
      configResolved: (config: { build: { outDir: string } }) => void
      writeBundle: (options: object, bundle: object) => void
    }
    hooks.configResolved({ build: { outDir } })
    hooks.writeBundle({}, bundle)
    hooks.writeBundle({}, bundle) // a second pass (a watch rebuild) adds nothing

    const read = (name: string) => readFileSync(join(outDir, name), 'utf8')
    for (const name of ['index.js', 'react.js', 'store.js', 'engine.js'])
      expect(read(name)).toBe(`${COMPILE_HINT}const __vite__mapDeps=1;${name}`)
    for (const name of ['monaco.js', 'EditorsPanel.js'])
      expect(read(name)).not.toContain(COMPILE_HINT)
    expect(JSON.parse(read('store.js.map'))).toEqual({ version: 3, mappings: ';AAAA' })
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad\n')
  })
})

describe('firstScreenChunk', () => {
  it('puts the first screen in four chunks: React DOM, the other libraries, the engine, the app', () => {
    const root = '/work/irsa-lab'
    expect(
      firstScreenChunk(`${root}/node_modules/react-dom/cjs/react-dom-client.production.js`),
    ).toBe('react')
    expect(firstScreenChunk(`${root}/node_modules/react/index.js`)).toBe('react')
    expect(firstScreenChunk(`${root}/node_modules/scheduler/index.js`)).toBe('react')
    expect(firstScreenChunk(`${root}/node_modules/react-i18next/dist/es/index.js`)).toBe('vendor')
    expect(firstScreenChunk(`${root}/node_modules/yaml/browser/dist/index.js`)).toBe('vendor')
    expect(firstScreenChunk(`${root}/src/engine/simulate/chain.ts`)).toBe('engine')
    expect(firstScreenChunk('C:\\irsa-lab\\src\\engine\\index.ts')).toBe('engine')
    expect(firstScreenChunk(`${root}/src/ui/verdict/Verdict.tsx`)).toBe('app')
    expect(firstScreenChunk(`${root}/src/scenarios/engineSetup.ts`)).toBe('app')
  })

  it('groups only what the page loads first, keeping the execution order across chunks', () => {
    const [group] = FIRST_SCREEN_OUTPUT.codeSplitting.groups
    expect(group).toMatchObject({ tags: ['$initial'], includeDependenciesRecursively: false })
    expect(FIRST_SCREEN_OUTPUT.strictExecutionOrder).toBe(true)
  })
})
