import type { StateCreator } from 'zustand'
import type { Finding, IrsaTrace, Scenario, Trace } from '../engine'
import type { ScenarioDraft } from '../scenarios/draft'
import { runEngine } from './engineWorker/runEngine'
import { sameValue } from './sameValue'
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

/**
 * Calls `then` from a message posted in the next animation frame, `hops` messages deep: the first
 * message is handled after that frame's style, layout and paint; each further hop comes after
 * the messages other frame callbacks posted meanwhile.
 */
function afterFrame(hops: number, then: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel()
    let handled = 0
    channel.port1.onmessage = () => {
      if (++handled < hops) return channel.port2.postMessage(undefined)
      channel.port1.close()
      then()
    }
    channel.port2.postMessage(undefined)
  })
}

/** Ends the measure of the run that started at `start` once the next frame has been painted. */
export function measureAfterPaint(start: number): void {
  if (typeof requestAnimationFrame !== 'function' || typeof MessageChannel !== 'function') return
  afterFrame(1, () => measureVerdict(start))
}

/** Whether this page paints frames (a visible tab in a browser; not a test in Node). */
const framesComing = () =>
  typeof requestAnimationFrame === 'function' &&
  typeof MessageChannel === 'function' &&
  typeof document !== 'undefined' &&
  document.visibilityState === 'visible'

/**
 * Runs `then` once the next frame has been painted. Where no frame is coming (no DOM, a hidden
 * tab: animation frames are paused there), at once.
 */
export function afterNextPaint(then: () => void): void {
  if (!framesComing()) return then()
  let done = false
  const once = () => {
    if (done) return
    done = true
    then()
  }
  // Two hops: after the frame's paint, then after the messages other frame callbacks posted
  // meanwhile (the verdict's own measure, which must not wait for what `then` renders).
  afterFrame(2, once)
  // A tab hidden before its frame came: never wait long for a frame that does not come.
  setTimeout(once, 1000)
}

export interface TraceSlice {
  /**
   * The latest run's trace for the verdict alone, published one frame before `trace` (see
   * `runSimulation`): the verdict is committed and painted without waiting for every panel.
   */
  verdictTrace?: IrsaTrace
  /** The latest run's trace, for everything else (the panels, the tour, the checks). */
  trace?: IrsaTrace
  /** The scenario `trace` is for (the Pod Identity view and the timeline derive theirs from it). */
  scenario?: Scenario
  /**
   * The draft as of the latest run, published with `trace` (or with the run's failure): what the
   * panels that show or derive something from the scenario read instead of `draft`. `draft`
   * changes on every keystroke; a panel subscribed to it re-rendered on each one, in the
   * keystroke's own input handler, before the editor could paint and before the run could start.
   * Reading this one, they follow the run instead, right after the verdict (never stale once
   * typing stops: every run publishes it). The editors themselves, and anything an action writes,
   * read `draft`.
   */
  settledDraft?: ScenarioDraft
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

/** The pending debounced run, if any: cancels it. */
let cancelScheduled: (() => void) | undefined

/** The Prioritized Task Scheduling API (Chromium), where the browser has it. */
interface PostTaskScheduler {
  postTask: (
    task: () => void,
    options: { priority: 'user-blocking'; delay: number; signal: AbortSignal },
  ) => Promise<void>
}

/**
 * Runs `task` once `delay` ms have passed. Where the browser has `scheduler.postTask`, as a
 * user-blocking task: once due, it runs before the tasks already waiting (the editor's
 * suggestions and re-renders after the keystroke, the panels of the previous run), where a
 * timer waited behind them. Returns its cancel.
 */
export function runAfter(task: () => void, delay: number): () => void {
  const scheduler = (globalThis as { scheduler?: Partial<PostTaskScheduler> }).scheduler
  if (typeof scheduler?.postTask === 'function') {
    const controller = new AbortController()
    scheduler
      .postTask(task, { priority: 'user-blocking', delay, signal: controller.signal })
      .catch(() => undefined) // aborted: a newer keystroke or an immediate run took its place
    return () => controller.abort()
  }
  const timer = setTimeout(task, delay)
  return () => clearTimeout(timer)
}
/** The run whose result the verdict shows (`verdictTrace`). */
let verdictRun = 0

/**
 * Whether this page has published a verdict yet. A plain module value, so the autosave's storage
 * can ask while the store is still being created (zustand's persist writes a migrated autosave
 * then, before the store exists).
 */
export const verdictPublished = (): boolean => verdictRun > 0

/** The one place the trace is computed. */
export const createTraceSlice: StateCreator<AppState, [], [], TraceSlice> = (set, get) => ({
  inputFindings: [],
  status: 'idle',
  engineFailed: false,
  runId: 0,
  async runSimulation() {
    cancelScheduled?.()
    cancelScheduled = undefined
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
        set({ status: 'ready', engineFailed: true, settledDraft: draft })
        get().showNotice({ kind: 'engine-error' })
      }
      return
    }
    if (!result || get().runId !== runId) return
    const { scenario } = result
    // A result equal to the one shown keeps the shown objects (a space typed in a policy changes
    // its text, not the trace): the verdict, the steps, the flow and the findings are already
    // this run's and do not re-render. Exact: equal data is the same answer.
    const shown = get().verdictTrace
    const trace = shown && sameValue(shown, result.trace) ? shown : result.trace
    const findings = sameValue(get().inputFindings, result.findings)
      ? get().inputFindings
      : result.findings
    // The verdict on screen is this run's: its measure ends with the next frame, as a new one's
    // ends with the frame after its commit (useVerdictTiming).
    if (trace === shown) measureAfterPaint(start)
    else runStarts.set(trace, start)
    // The verdict first, alone: the store's subscribers re-render synchronously, so publishing
    // the trace to every panel at once made the verdict wait for all of them (the flow, the
    // timeline, the inspector, the experiments…). They follow once the verdict's frame is painted,
    // in the same order of runs (a newer run publishes its own).
    if (framesComing()) {
      set({ verdictTrace: trace })
      verdictRun = runId
      await new Promise<void>((resolve) => afterNextPaint(resolve))
      if (get().runId !== runId) {
        // A newer run started meanwhile: it sets the status; the panels catch up with the verdict
        // (this run's, unless the newer one has published its own).
        if (verdictRun === runId)
          set({ trace, scenario, inputFindings: findings, settledDraft: draft })
        return
      }
    }
    verdictRun = runId
    set({
      verdictTrace: trace,
      trace,
      scenario,
      settledDraft: draft,
      inputFindings: findings,
      status: 'ready',
      engineFailed: false,
    })
  },
  scheduleSimulation() {
    cancelScheduled?.()
    cancelScheduled = runAfter(() => void get().runSimulation(), TYPING_DEBOUNCE_MS)
  },
})
