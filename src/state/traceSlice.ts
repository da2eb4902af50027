import type { StateCreator } from 'zustand'
import { simulate, type Finding, type Trace } from '../engine'
import { scenarioFromDraft } from '../scenarios/draft'
import type { AppState } from './store'

/** While typing, the simulation waits this long after the last keystroke. */
export const TYPING_DEBOUNCE_MS = 150

/** The performance measure of each run, from its start to the next frame (read by the bench). */
export const VERDICT_MEASURE = 'irsa:run-to-verdict'

export interface TraceSlice {
  trace?: Trace
  /** Findings about the editors' own documents (e.g. a JSON syntax error in the JWKS). */
  inputFindings: Finding[]
  status: 'idle' | 'running' | 'ready'
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
  runId: 0,
  async runSimulation() {
    if (timer) clearTimeout(timer)
    timer = undefined
    const draft = get().draft
    if (!draft) return
    const runId = get().runId + 1
    const start = performance.now()
    set({ status: 'running', runId })
    const { scenario, findings } = scenarioFromDraft(draft)
    const trace = await simulate(scenario)
    if (get().runId !== runId) return
    set({ trace, inputFindings: findings, status: 'ready' })
    // User Timing for `npm run bench`: from the (debounced) run to the frame that shows it.
    if (typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() => performance.measure(VERDICT_MEASURE, { start }))
  },
  scheduleSimulation() {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void get().runSimulation(), TYPING_DEBOUNCE_MS)
  },
})
