import { fileURLToPath } from 'node:url'
import { runInNewContext } from 'node:vm'
import { describe, expect, it, vi } from 'vitest'
import { bundleClassicScript, withEarlyScript } from '../../scripts/earlyScript'
import { STARTED_KEY_PAIR } from './keyPairStart'

const ENTRY = fileURLToPath(new URL('./keyPairScript.ts', import.meta.url))

describe('the page first script', () => {
  it('is a classic script that starts the pair on a first visit and leaves it for the app', async () => {
    const code = await bundleClassicScript(ENTRY)
    expect(code).not.toMatch(/\bimport\b|\bexport\b/)
    const run = (hash: string, saved: string | null) => {
      const generateKey = vi.fn(() => Promise.resolve('pair'))
      const page: Record<string, unknown> = {
        URLSearchParams,
        JSON,
        crypto: { subtle: { generateKey } },
        window: { location: { hash }, localStorage: { getItem: () => saved } },
      }
      runInNewContext(code, page)
      return { pair: page[STARTED_KEY_PAIR], generateKey }
    }
    const first = run('', null)
    await expect(first.pair).resolves.toBe('pair')
    expect(first.generateKey).toHaveBeenCalledTimes(1)
    const link = run('#p=blog', null)
    expect(link.pair).toBeUndefined()
    expect(link.generateKey).not.toHaveBeenCalled()
    const work = run('', JSON.stringify({ state: { draft: {} } }))
    expect(work.pair).toBeUndefined()
  })

  it('sits right after the Content-Security-Policy, before any other script or stylesheet', () => {
    const html = `<!doctype html><html><head>
    <meta http-equiv="Content-Security-Policy" content="script-src 'self'">
    <meta charset="UTF-8" />
    <script type="module" crossorigin src="./assets/index.js"></script>
    <link rel="stylesheet" href="./assets/index.css">
  </head><body></body></html>`
    const out = withEarlyScript(html, './assets/key-pair-abc.js')
    const at = (part: string) => out.indexOf(part)
    expect(at('<script src="./assets/key-pair-abc.js"></script>')).toBeGreaterThan(
      at('Content-Security-Policy'),
    )
    expect(at('key-pair-abc.js')).toBeLessThan(at('index.js'))
    expect(at('key-pair-abc.js')).toBeLessThan(at('index.css'))
    expect(withEarlyScript('<html><head><title>x</title></head></html>', './k.js')).toBe(
      '<html><head>\n    <script src="./k.js"></script><title>x</title></head></html>',
    )
  })
})
