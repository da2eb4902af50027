/**
 * The keystroke → verdict path (issue #18): what a keystroke changes at once (the draft) and what
 * follows its run (the panels' draft), a run whose result equals the shown one keeping the shown
 * objects, the autosave of an edit waiting for an idle moment, and the debounced run's scheduling.
 * The engine is replaced by runs the test finishes by hand; no timing is asserted.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { IrsaTrace, Scenario } from '../engine'
import { runs } from './manualEngineRuns.testing'
import { stubMemoryStorage } from './memoryStorage.testing'

let memory = stubMemoryStorage()

vi.mock('./engineWorker/runEngine', () => import('./manualEngineRuns.testing'))
const { generateClusterKey } = await import('../engine')
const { findPreset } = await import('../scenarios/presets')
const { useAppStore } = await import('./store')
const { runAfter, takeRunStart, VERDICT_MEASURE } = await import('./traceSlice')

/** A trace built anew on each call: equal data, a different object. */
const traceNamed = (name: string): IrsaTrace => ({
  outcome: 'issued',
  steps: [],
  findings: [
    { code: 'token.expired', severity: 'error', message: 'expired', source: 'token', pointer: '' },
  ],
  now: name,
})

let SCENARIO: Scenario

/** Runs the latest run the store started to its end with `trace`. */
async function finish(run: Promise<void>, trace: IrsaTrace) {
  runs.at(-1)!.resolve({ trace, findings: [], scenario: SCENARIO })
  await run
}

const savedDraft = () =>
  (JSON.parse(memory.get('irsa-lab') ?? '{}') as { state?: { draft?: { roleName?: string } } })
    .state?.draft

beforeAll(async () => {
  const key = await generateClusterKey('RS256')
  SCENARIO = await findPreset('happy-path')!.build({ key, issuedAt: '2026-11-29T12:00:00.000Z' })
  useAppStore.getState().loadScenario(SCENARIO, undefined, 'happy-path')
  await finish(useAppStore.getState().runSimulation(), traceNamed('loaded'))
  runs.length = 0
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  // The autosave's storage again (the store reads the global on each write).
  const saved = memory
  memory = stubMemoryStorage()
  for (const [k, v] of saved) memory.set(k, v)
  for (const run of runs) run.resolve(undefined)
  runs.length = 0
})

afterAll(() => {
  vi.unstubAllGlobals()
})

describe('the panels follow the run, not the keystroke', () => {
  it('changes `draft` at once and `settledDraft` when the edit’s run publishes', async () => {
    // Given a scenario whose run is shown
    vi.useFakeTimers()
    const before = useAppStore.getState().draft!
    expect(useAppStore.getState().settledDraft).toBe(before)
    // When a keystroke edits the trust policy
    useAppStore.getState().editDraft({ trustPolicy: `${before.trustPolicy} ` })
    const typed = useAppStore.getState().draft!
    // Then the editors have it at once; the panels keep the run's draft
    expect(typed.trustPolicy).toBe(`${before.trustPolicy} `)
    expect(useAppStore.getState().settledDraft).toBe(before)
    // And once the debounced run has finished, the panels have the typed draft too
    vi.runOnlyPendingTimers()
    expect(runs).toHaveLength(1)
    await finish(Promise.resolve(), traceNamed('typed'))
    await vi.waitFor(() => expect(useAppStore.getState().settledDraft).toBe(typed))
  })
})

describe('an equal result keeps what is shown', () => {
  it('keeps the shown trace object for an equal result and replaces it for a different one', async () => {
    // Given a shown trace
    await finish(useAppStore.getState().runSimulation(), traceNamed('same'))
    const shown = useAppStore.getState().trace!
    const findings = useAppStore.getState().inputFindings
    // When a run returns equal data (a new object)
    await finish(useAppStore.getState().runSimulation(), traceNamed('same'))
    // Then nothing that reads the trace sees a change
    expect(useAppStore.getState().trace).toBe(shown)
    expect(useAppStore.getState().verdictTrace).toBe(shown)
    expect(useAppStore.getState().inputFindings).toBe(findings)
    expect(useAppStore.getState().status).toBe('ready')
    // When a run returns something else
    const other = traceNamed('other')
    await finish(useAppStore.getState().runSimulation(), other)
    // Then it is what everyone shows
    expect(useAppStore.getState().trace).toBe(other)
    expect(useAppStore.getState().verdictTrace).toBe(other)
  })

  it('still ends the run’s verdict measure, after the next painted frame', async () => {
    // Given a page that paints frames (run by the test) and a shown trace
    const frames: (() => void)[] = []
    vi.stubGlobal('requestAnimationFrame', (frame: () => void) => frames.push(frame))
    await finish(useAppStore.getState().runSimulation(), traceNamed('measured'))
    const shown = useAppStore.getState().verdictTrace!
    takeRunStart(shown) // (the Verdict component, absent here, would take it)
    frames.splice(0)
    performance.clearMeasures(VERDICT_MEASURE)
    // When a run returns an equal trace (the verdict does not re-render)
    await finish(useAppStore.getState().runSimulation(), traceNamed('measured'))
    expect(useAppStore.getState().verdictTrace).toBe(shown)
    expect(performance.getEntriesByName(VERDICT_MEASURE)).toHaveLength(0)
    // Then its measure ends once the next frame has been painted
    for (const frame of frames.splice(0)) frame()
    await vi.waitFor(() => expect(performance.getEntriesByName(VERDICT_MEASURE)).toHaveLength(1))
    // And a different trace is left for the Verdict component to measure, as before
    const other = traceNamed('other')
    await finish(useAppStore.getState().runSimulation(), other)
    expect(takeRunStart(other)).toBeTypeOf('number')
  })
})

describe('the autosave of a keystroke', () => {
  it('is written at an idle moment, not in the keystroke; a scenario-level change at once', async () => {
    // Given the autosave of the shown scenario
    vi.useFakeTimers()
    const role = useAppStore.getState().draft!.roleName
    expect(savedDraft()?.roleName).toBe(role)
    // When a keystroke edits the role name
    useAppStore.getState().editDraft({ roleName: 'typed-role' })
    // Then nothing is written in the keystroke itself
    expect(savedDraft()?.roleName).toBe(role)
    // And it is written when the page is idle (in Node: the next microtask)
    await Promise.resolve()
    expect(savedDraft()?.roleName).toBe('typed-role')
    // When a scenario-level change replaces it, it is written at once
    useAppStore.getState().applyChange({ roleName: 'applied-role' })
    expect(savedDraft()?.roleName).toBe('applied-role')
  })
})

describe('the debounced run', () => {
  it('is a user-blocking task where the browser schedules tasks by priority', () => {
    // Given a browser with scheduler.postTask
    const posted: { priority: string; delay: number; signal: AbortSignal; task: () => void }[] = []
    vi.stubGlobal('scheduler', {
      postTask: (
        task: () => void,
        options: { priority: string; delay: number; signal: AbortSignal },
      ) => {
        posted.push({ ...options, task })
        return new Promise<void>(() => undefined)
      },
    })
    // When two keystrokes schedule the run
    useAppStore.getState().scheduleSimulation()
    useAppStore.getState().scheduleSimulation()
    // Then each posted one user-blocking task after the debounce, the first one aborted
    expect(posted.map((p) => [p.priority, p.delay])).toEqual([
      ['user-blocking', 150],
      ['user-blocking', 150],
    ])
    expect(posted[0]!.signal.aborted).toBe(true)
    expect(posted[1]!.signal.aborted).toBe(false)
    // And the task runs the simulation
    posted[1]!.task()
    expect(runs).toHaveLength(1)
  })

  it('is a timer elsewhere, cancelled by its cancel', () => {
    vi.useFakeTimers()
    const task = vi.fn()
    const cancel = runAfter(task, 150)
    vi.advanceTimersByTime(149)
    expect(task).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(task).toHaveBeenCalledTimes(1)
    const cancelled = vi.fn()
    runAfter(cancelled, 150)()
    vi.advanceTimersByTime(1000)
    expect(cancelled).not.toHaveBeenCalled()
    cancel() // after it ran: nothing happens
  })
})
