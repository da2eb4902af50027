import type { StateCreator } from 'zustand'
import type { Finding, IrsaTrace, Scenario, Trace } from '../engine'
import { runEngine } from './engineWorker/runEngine'
import type { AppState } from './store'

/** While typing, the simulation waits this long after the last keystroke. */
export const TYPING_DEBOUNCE_MS = 150

/**
 * The performance measure of each run, from its start to the first frame after React committed
 * its verdict (read by the bench; the Verdict component ends it, see `useVerdictTiming`).
 */
export const VERDICT_MEASURE = 'irsa:run-to-verdict'

/** When each trace's run started; the component that shows the trace ends the measure. */
const runStarts = new WeakMap<Trace, number>()

/** The start of the run that computed `trace`, once (a re-render does not measure again). */
export function takeRunStart(trace: Trace): number | undefined {
  const start = runStarts.get(trace)
  runStarts.delete(trace)
  return start
}

/**
 * User Timing keeps every entry for the life of the page (~120 bytes each), so a long session
 * would grow by one per run. The bench reads a few dozen from a fresh page; past this many the
 * entries are cleared and counting starts over.
 */
export const MAX_VERDICT_MEASURES = 500

let measured = 0

/** Records one run's measure, from `start` to now, keeping at most MAX_VERDICT_MEASURES. */
export function measureVerdict(start: number) {
  if (measured >= MAX_VERDICT_MEASURES) {
    performance.clearMeasures(VERDICT_MEASURE)
    measured = 0
  }
  performance.measure(VERDICT_MEASURE, { start })
  measured++
}

export interface TraceSlice {
  trace?: IrsaTrace
  /** The scenario `trace` is for (the Pod Identity view and the timeline derive theirs from it). */
  scenario?: Scenario
  /** Findings about the editors' own documents (e.g. a JSON syntax error in the JWKS). */
  inputFindings: Finding[]
  status: 'idle' | 'running' | 'ready'
  /** The last run failed (the trace shown is an older scenario's). */
  engineFailed: boolean
  /** Bumped per run so that a slow run never overwrites a newer one. */
  runId: number
  runSimulation: () => Promise<void>
  scheduleSimulation: () => void
}

let timer: ReturnType<typeof setTimeout> | undefined

/** The one place the trace is computed. */
export const createTraceSlice: StateCreator<AppState, [], [], TraceSlice> = (set, get) => ({
  inputFindings: [],
  status: 'idle',
  engineFailed: false,
  runId: 0,
  async runSimulation() {
    if (timer) clearTimeout(timer)
    timer = undefined
    const draft = get().draft
    if (!draft) return
    const runId = get().runId + 1
    const start = performance.now()
    set({ status: 'running', runId })
    let result
    try {
      // Large inputs run in a worker; a newer run cancels this one (undefined).
      result = await runEngine(draft)
    } catch {
      // Never stuck: the engine failed on this input (a bug); the previous verdict stays and the
      // notice says it is not this scenario's.
      if (get().runId === runId) {
        set({ status: 'ready', engineFailed: true })
        get().showNotice({ kind: 'engine-error' })
      }
      return
    }
    if (!result || get().runId !== runId) return
    const { trace, findings, scenario } = result
    runStarts.set(trace, start)
    set({ trace, scenario, inputFindings: findings, status: 'ready', engineFailed: false })
  },
  scheduleSimulation() {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void get().runSimulation(), TYPING_DEBOUNCE_MS)
  },
})
