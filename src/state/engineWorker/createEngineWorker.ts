/**
 * The one place a Worker is constructed (Trusted Types: the policy for the Worker sink wraps this
 * function, see issue #15). Same origin, bundled by Vite (`new URL(…, import.meta.url)`).
 */
export function createEngineWorker(): Worker {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'irsa-lab-engine',
  })
}
