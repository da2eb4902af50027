import react from '@vitejs/plugin-react'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { defineConfig, type Plugin } from 'vite'

/**
 * Nothing leaves the browser: the built app carries a Content-Security-Policy that allows its own
 * origin only. Dev mode is left without it because Vite's dev server injects inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Monaco injects <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'irsa-lab-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/**
 * Offline after the first visit: the build writes `sw.js` from src/app/sw.template.js with every
 * file it produced, so the worker caches all of them on install (not only what the first visit
 * happened to load). The cache's name changes with the build, so a new version replaces the old.
 */
function serviceWorker(): Plugin {
  return {
    name: 'irsa-lab-service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const assets = Object.keys(bundle)
        .filter((file) => file !== 'index.html' && !file.endsWith('.map'))
        .sort()
      const html = bundle['index.html']
      const version = createHash('sha256')
        .update(assets.join('\n'))
        .update(html?.type === 'asset' ? String(html.source) : '')
        .digest('hex')
        .slice(0, 12)
      // The page, the files of public/ (manifest, icons) and everything the bundler wrote.
      const files = ['index.html', ...readdirSync('public'), ...assets]
      const build = { version, files: ['./', ...files.map((file) => `./${file}`)] }
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: `self.__BUILD__ = ${JSON.stringify(build)}\n${readFileSync('src/app/sw.template.js', 'utf8')}`,
      })
    },
  }
}

export default defineConfig({
  // Relative asset URLs: the built site works from any path (/, /irsa-lab/, a folder on a laptop).
  base: './',
  plugins: [react(), contentSecurityPolicy(), serviceWorker()],
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 5000 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
})
