/**
 * The one place a Worker is constructed (Trusted Types: the policy for the Worker sink wraps this
 * function, see issue #15). Same origin, bundled by Vite (`?worker&url`), its URL through the
 * app's Trusted Types policy (../trustedTypes.ts).
 */
import { trustedScriptUrl } from '../trustedTypes'
import engineWorkerUrl from './engine.worker.ts?worker&url'

export function createEngineWorker(): Worker {
  return new Worker(trustedScriptUrl(engineWorkerUrl), {
    type: 'module',
    name: 'irsa-lab-engine',
  })
}
