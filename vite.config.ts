import react from '@vitejs/plugin-react'
import { createHash } from 'node:crypto'
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import { compileHints, FIRST_SCREEN_OUTPUT } from './scripts/compileHints'
import { firstVisitDocuments } from './scripts/firstVisitDocuments'
import {
  COMMON_HEADERS,
  EMBED_PAGE,
  HOST_HEADER_FILES,
  META_CSP,
  headersFor,
} from './scripts/securityHeaders'

/**
 * Nothing leaves the browser: the built pages carry a Content-Security-Policy that allows their own
 * origin only and enforces Trusted Types (scripts/securityHeaders.ts, where the headers for hosts
 * are too). Dev mode is left without it because Vite's dev server injects inline scripts.
 */
export const CONTENT_SECURITY_POLICY = META_CSP

/**
 * The headers for hosts: written into dist/ after the bundle (so the service worker does not
 * cache them), and applied by `vite preview` per page (the embeddable page may be framed).
 */
function securityHeaders(): Plugin {
  let outDir = 'dist'
  return {
    name: 'irsa-lab-security-headers',
    configResolved(config) {
      outDir = config.build.outDir
    },
    writeBundle() {
      // The embeddable view's page: the same page under its own name, so hosts can let other
      // sites frame it alone (static hosts cannot vary headers by query string).
      copyFileSync(join(outDir, 'index.html'), join(outDir, EMBED_PAGE))
      for (const [file, render] of Object.entries(HOST_HEADER_FILES))
        writeFileSync(join(outDir, file), render())
    },
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        response.setHeader(
          'Content-Security-Policy',
          headersFor(request.url ?? '/')['Content-Security-Policy']!,
        )
        next()
      })
    },
  }
}

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
  plugins: [
    react(),
    contentSecurityPolicy(),
    securityHeaders(),
    firstVisitDocuments(),
    compileHints(),
    serviceWorker(),
  ],
  worker: { format: 'es' },
  build: {
    chunkSizeWarningLimit: 5000,
    rolldownOptions: { output: FIRST_SCREEN_OUTPUT },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: COMMON_HEADERS },
})
