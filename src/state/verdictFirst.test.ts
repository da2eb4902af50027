/**
 * In a page that paints frames, a run's trace reaches the verdict first (`verdictTrace`) and every
 * other reader of the store (`trace`, the status) once that frame is painted. The engine is
 * replaced by runs the test finishes by hand, and the frame by a callback the test runs.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { IrsaTrace, Scenario } from '../engine'
import { runs } from './manualEngineRuns.testing'
import { stubMemoryStorage } from './memoryStorage.testing'

stubMemoryStorage()

vi.mock('./engineWorker/runEngine', () => import('./manualEngineRuns.testing'))
const { generateClusterKey } = await import('../engine')
const { findPreset } = await import('../scenarios/presets')
const { useAppStore } = await import('./store')

const traceNamed = (name: string): IrsaTrace => ({
  outcome: 'issued',
  steps: [],
  findings: [],
  now: name,
})

let SCENARIO: Scenario
/** The animation frames the page asked for, run by the test ("the frame is painted"). */
const frames: (() => void)[] = []
const paint = async () => {
  for (const frame of frames.splice(0)) frame()
  // The message posted from the frame is handled on a later task.
  await new Promise((resolve) => setTimeout(resolve, 0))
}

beforeAll(async () => {
  const key = await generateClusterKey('RS256')
  SCENARIO = await findPreset('happy-path')!.build({ key, issuedAt: '2026-11-29T12:00:00.000Z' })
  useAppStore.getState().loadScenario(SCENARIO, undefined, 'happy-path')
  const first = useAppStore.getState().runSimulation()
  for (const run of runs) run.resolve(undefined)
  await first
  runs.length = 0
  // From here on, a visible page that paints frames.
  vi.stubGlobal('document', { visibilityState: 'visible' })
  vi.stubGlobal('requestAnimationFrame', (frame: () => void) => frames.push(frame))
})

afterAll(() => {
  vi.unstubAllGlobals()
})

describe('the verdict first', () => {
  it('publishes the trace to the verdict, then to everything else once its frame is painted', async () => {
    // Given a run whose engine has finished
    const run = useAppStore.getState().runSimulation()
    runs[0]!.resolve({ trace: traceNamed('first'), findings: [], scenario: SCENARIO })
    await vi.waitFor(() => expect(useAppStore.getState().verdictTrace?.now).toBe('first'))
    // Then before the frame, only the verdict has it
    expect(useAppStore.getState().trace?.now).not.toBe('first')
    expect(useAppStore.getState().status).toBe('running')
    // When the frame is painted
    await paint()
    await run
    // Then everyone has it
    expect(useAppStore.getState().trace?.now).toBe('first')
    expect(useAppStore.getState().status).toBe('ready')
    runs.length = 0
  })

  it('lets a newer run keep its status while the panels catch up with the shown verdict', async () => {
    // Given a run shown in the verdict, its frame not painted yet
    const older = useAppStore.getState().runSimulation()
    runs[0]!.resolve({ trace: traceNamed('older'), findings: [], scenario: SCENARIO })
    await vi.waitFor(() => expect(useAppStore.getState().verdictTrace?.now).toBe('older'))
    // When a newer run starts before the frame
    const newer = useAppStore.getState().runSimulation()
    await paint()
    await older
    // Then the panels show the verdict's trace and the newer run is still running
    expect(useAppStore.getState().trace?.now).toBe('older')
    expect(useAppStore.getState().status).toBe('running')
    // And the newer run, once done and painted, is what everyone shows
    runs[1]!.resolve({ trace: traceNamed('newer'), findings: [], scenario: SCENARIO })
    await vi.waitFor(() => expect(useAppStore.getState().verdictTrace?.now).toBe('newer'))
    await paint()
    await newer
    expect(useAppStore.getState().trace?.now).toBe('newer')
    expect(useAppStore.getState().status).toBe('ready')
    runs.length = 0
  })

  it('once a newer run has shown its equal verdict, the older run no longer publishes its draft', async () => {
    // Given an older run shown in the verdict, its frame not painted yet
    useAppStore.getState().editDraft({ roleName: 'older-role' })
    const older = useAppStore.getState().runSimulation()
    runs[0]!.resolve({ trace: traceNamed('equal'), findings: [], scenario: SCENARIO })
    await vi.waitFor(() => expect(useAppStore.getState().verdictTrace?.now).toBe('equal'))
    const shown = useAppStore.getState().verdictTrace
    const before = useAppStore.getState().settledDraft
    // When a newer run (another edit) returns an equal trace: the verdict keeps the same object
    useAppStore.getState().editDraft({ roleName: 'newer-role' })
    const newer = useAppStore.getState().runSimulation()
    runs[1]!.resolve({ trace: traceNamed('equal'), findings: [], scenario: SCENARIO })
    // (frames asked for: the older run's, the newer one's measure and its own)
    await vi.waitFor(() => expect(frames).toHaveLength(3))
    expect(useAppStore.getState().verdictTrace).toBe(shown)
    // Then the older run's frame does not give the panels the older draft
    frames.shift()!()
    await older
    expect(useAppStore.getState().settledDraft).toBe(before)
    // And the newer run's frame gives them the newer one
    await paint()
    await newer
    expect(useAppStore.getState().settledDraft?.roleName).toBe('newer-role')
    expect(useAppStore.getState().trace).toBe(shown)
  })
})
