/**
 * Builds the bench's floor pages (scripts/bench/floors/*.html) apart from the app, into
 * node_modules/.cache/irsa-bench-floors (never into dist/, which is what ships).
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export const FLOORS_OUT_DIR = here('../../../node_modules/.cache/irsa-bench-floors')

export default defineConfig({
  root: here('.'),
  base: './',
  logLevel: 'warn',
  worker: { format: 'es' },
  build: {
    outDir: FLOORS_OUT_DIR,
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 5000,
    rollupOptions: { input: { stack: here('stack.html'), monaco: here('monaco.html') } },
  },
})
