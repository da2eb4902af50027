/**
 * Runs the engine for a draft: on the main thread for ordinary inputs (a few milliseconds, no
 * worker start-up), in a Web Worker past ENGINE_WORKER_THRESHOLD characters, so that adversarial
 * but valid inputs never block input handling. A newer run cancels an older one: the worker is
 * terminated (the engine's loops cannot be interrupted otherwise) and a fresh one starts.
 */
import type { ScenarioDraft } from '../../scenarios/draft'
import { runDraft, type DraftRun } from '../../scenarios/run'
import { createEngineWorker } from './createEngineWorker'
import { draftSize, ENGINE_WORKER_THRESHOLD } from './threshold'

export { draftSize, ENGINE_WORKER_THRESHOLD }

/** A run of the draft (scenarios/run.ts), computed here or in the worker. */
export type EngineResult = DraftRun

let worker: Worker | undefined
let pending:
  | { id: number; resolve: (r: EngineResult | undefined) => void; reject: (e: Error) => void }
  | undefined
let nextId = 0

/** Cancels the run in the worker, if any (its promise resolves to undefined). */
export function cancelEngineRun(): void {
  if (!pending) return
  pending.resolve(undefined)
  pending = undefined
  worker?.terminate()
  worker = undefined
}

function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined
  try {
    const w = createEngineWorker()
    w.onmessage = (event: MessageEvent<{ id: number; error?: string } & Partial<EngineResult>>) => {
      const data = event.data
      if (!pending || data.id !== pending.id) return
      const { resolve, reject } = pending
      pending = undefined
      if (data.error !== undefined || !data.trace || !data.scenario)
        reject(new Error(data.error ?? 'no trace'))
      else resolve({ scenario: data.scenario, trace: data.trace, findings: data.findings ?? [] })
    }
    w.onerror = (event) => {
      event.preventDefault()
      const p = pending
      pending = undefined
      worker?.terminate()
      worker = undefined
      p?.reject(new Error(event.message || 'engine worker failed'))
    }
    return w
  } catch {
    return undefined
  }
}

const onMainThread = (draft: ScenarioDraft): Promise<EngineResult> => runDraft(draft)

/** The trace for a draft; undefined when a newer run cancelled this one. */
export function runEngine(draft: ScenarioDraft): Promise<EngineResult | undefined> {
  cancelEngineRun()
  if (draftSize(draft) <= ENGINE_WORKER_THRESHOLD) return onMainThread(draft)
  worker ??= startWorker()
  if (!worker) return onMainThread(draft)
  const w = worker
  return new Promise((resolve, reject) => {
    pending = { id: ++nextId, resolve, reject }
    w.postMessage({ id: pending.id, draft })
  })
}
