/**
 * The engine replaced by runs a test finishes by hand, in the order they started (the store's run
 * guard, debounce and verdict-first tests): in the test file,
 * `vi.mock('./engineWorker/runEngine', () => import('./manualEngineRuns.testing'))`, then resolve
 * `runs[i]` with a result (or undefined: a run that was cancelled).
 */
import { vi } from 'vitest'
import type { EngineResult } from './engineWorker/runEngine'

export const runs: { resolve: (result: EngineResult | undefined) => void }[] = []

export const runEngine = vi.fn(
  () =>
    new Promise<EngineResult | undefined>((resolve) => {
      runs.push({ resolve })
    }),
)
