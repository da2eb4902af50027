/**
 * The page's first script (issue #18): src/app/keyPairScript.ts, bundled into a small classic
 * script and put in the head of the built page, right after the Content-Security-Policy. A classic
 * script runs as soon as the parser reaches it; the app's module scripts wait until all their code
 * has been downloaded and compiled. So the first visit's key pair (keyPairStart.ts) is generated
 * while that happens, instead of after it. The dev server has no such script: there the app starts
 * the pair itself.
 */
import { createHash } from 'node:crypto'
import { rolldown } from 'rolldown'
import type { Plugin } from 'vite'

/** Bundles `entry` and what it imports into one minified classic script (an IIFE). */
export async function bundleClassicScript(entry: string): Promise<string> {
  const bundle = await rolldown({ input: entry, logLevel: 'silent' })
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true })
    return output[0].code
  } finally {
    await bundle.close()
  }
}

/** The page with `<script src>` right after its CSP meta tag (else first in its head). */
export function withEarlyScript(html: string, src: string): string {
  const tag = `<script src="${src}"></script>`
  const csp = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i.exec(html)
  if (csp) return html.replace(csp[0], `${csp[0]}\n    ${tag}`)
  return html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${tag}`)
}

export function earlyScript(entry: string): Plugin {
  let fileName = ''
  return {
    name: 'irsa-lab-early-script',
    apply: 'build',
    async buildStart() {
      const code = await bundleClassicScript(entry)
      const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8)
      fileName = `assets/key-pair-${hash}.js`
      this.emitFile({ type: 'asset', fileName, source: code })
    },
    transformIndexHtml: {
      // After the CSP meta tag is in (contentSecurityPolicy, vite.config.ts).
      order: 'post',
      handler: (html) => withEarlyScript(html, `./${fileName}`),
    },
  }
}
