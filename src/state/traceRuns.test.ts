/**
 * The store's run guard and debounce, with the engine replaced by runs the test finishes by hand
 * (a slow older run never overwrites a newer one) and fake timers (no waiting on the clock).
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { IrsaTrace, Scenario } from '../engine'
import { runs } from './manualEngineRuns.testing'
import { stubMemoryStorage } from './memoryStorage.testing'

stubMemoryStorage()

vi.mock('./engineWorker/runEngine', () => import('./manualEngineRuns.testing'))
const { runEngine } = await import('./engineWorker/runEngine')
const { generateClusterKey } = await import('../engine')
const { findPreset } = await import('../scenarios/presets')
const { useAppStore } = await import('./store')
const { TYPING_DEBOUNCE_MS } = await import('./traceSlice')

const traceNamed = (name: string): IrsaTrace => ({
  outcome: 'issued',
  steps: [],
  findings: [],
  now: name,
})

/** The scenario of every run (the engine is replaced: its content does not matter). */
let SCENARIO: Scenario

beforeAll(async () => {
  // A real draft (the engine is replaced, so which one does not matter).
  const key = await generateClusterKey('RS256')
  const scenario = await findPreset('happy-path')!.build({
    key,
    issuedAt: '2026-11-29T12:00:00.000Z',
  })
  SCENARIO = scenario
  useAppStore.getState().loadScenario(scenario, undefined, 'happy-path')
  // Its run (which also clears any debounced one) is settled before the tests start.
  const first = useAppStore.getState().runSimulation()
  for (const run of runs) run.resolve(undefined)
  await first
  runs.length = 0
  vi.mocked(runEngine).mockClear()
})

afterEach(() => {
  vi.useRealTimers()
  for (const run of runs) run.resolve(undefined)
  runs.length = 0
  vi.mocked(runEngine).mockClear()
})

describe('trace runs', () => {
  it('never lets a slow older run overwrite a newer one', async () => {
    // Given two runs started one after the other
    const older = useAppStore.getState().runSimulation()
    const newer = useAppStore.getState().runSimulation()
    expect(runs).toHaveLength(2)
    // When the newer finishes first, then the older
    runs[1]!.resolve({ trace: traceNamed('newer'), findings: [], scenario: SCENARIO })
    await newer
    runs[0]!.resolve({ trace: traceNamed('older'), findings: [], scenario: SCENARIO })
    await older
    // Then the newer run's trace stays
    expect(useAppStore.getState().trace?.now).toBe('newer')
    expect(useAppStore.getState().status).toBe('ready')
  })

  it('keeps the verdict when a run is cancelled by a newer one (undefined result)', async () => {
    const run = useAppStore.getState().runSimulation()
    runs[0]!.resolve({ trace: traceNamed('shown'), findings: [], scenario: SCENARIO })
    await run
    const cancelled = useAppStore.getState().runSimulation()
    runs[1]!.resolve(undefined)
    await cancelled
    expect(useAppStore.getState().trace?.now).toBe('shown')
  })

  it('runs once, TYPING_DEBOUNCE_MS after the last of several quick edits', () => {
    vi.useFakeTimers()
    // Given three keystrokes 50 ms apart
    useAppStore.getState().scheduleSimulation()
    vi.advanceTimersByTime(50)
    useAppStore.getState().scheduleSimulation()
    vi.advanceTimersByTime(50)
    useAppStore.getState().scheduleSimulation()
    // When the debounce has not elapsed since the last one, nothing ran
    vi.advanceTimersByTime(TYPING_DEBOUNCE_MS - 1)
    expect(runEngine).not.toHaveBeenCalled()
    // Then exactly one run starts when it has
    vi.advanceTimersByTime(1)
    expect(runEngine).toHaveBeenCalledTimes(1)
  })

  it('an immediate run cancels the pending debounced one', () => {
    vi.useFakeTimers()
    useAppStore.getState().scheduleSimulation()
    void useAppStore.getState().runSimulation()
    vi.advanceTimersByTime(TYPING_DEBOUNCE_MS * 10)
    expect(runEngine).toHaveBeenCalledTimes(1)
  })
})
