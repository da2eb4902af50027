/** Where a draft runs: on the main thread, or in the engine worker past a size threshold. */
import type { ScenarioDraft } from '../../scenarios/draft'

/**
 * Inputs larger than this (all the draft's texts together, in characters) run in the worker.
 * The default scenario is ~5 k; on this machine the engine takes ~1 ms per 2–3 k characters of
 * adversarial policy or JWKS, so 60 k stays well under a frame budget on the main thread.
 */
export const ENGINE_WORKER_THRESHOLD = 60_000

/** The size that decides where a draft runs. */
export function draftSize(draft: ScenarioDraft): number {
  let size = 0
  for (const value of Object.values(draft))
    size += typeof value === 'string' ? value.length : value && typeof value === 'object' ? 64 : 8
  return size
}
