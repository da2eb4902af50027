/**
 * The autosave of the scenario a page opens with (issue #18): serialised and written at an idle
 * moment until the first verdict is published, not inside the first run; once a verdict is shown,
 * a scenario-level change is written at once, as before.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { IrsaTrace, Scenario } from '../engine'
import { runs } from './manualEngineRuns.testing'
import { stubMemoryStorage } from './memoryStorage.testing'

const memory = stubMemoryStorage()

vi.mock('./engineWorker/runEngine', () => import('./manualEngineRuns.testing'))
const { generateClusterKey } = await import('../engine')
const { findPreset } = await import('../scenarios/presets')
const { useAppStore } = await import('./store')

let SCENARIO: Scenario
const trace: IrsaTrace = { outcome: 'issued', steps: [], findings: [], now: 'opened' }

const savedRole = () =>
  (JSON.parse(memory.get('irsa-lab') ?? '{}') as { state?: { draft?: { roleName?: string } } })
    .state?.draft?.roleName

beforeAll(async () => {
  const key = await generateClusterKey('RS256')
  SCENARIO = await findPreset('happy-path')!.build({ key, issuedAt: '2026-11-29T12:00:00.000Z' })
})

describe('the autosave of the opening scenario', () => {
  it('waits for an idle moment before the first verdict, and is written at once after it', async () => {
    // Given a page that has shown no verdict yet
    expect(useAppStore.getState().verdictTrace).toBeUndefined()
    // When it opens a scenario
    useAppStore.getState().loadScenario(SCENARIO, undefined, 'happy-path')
    // Then nothing is serialised or written in that task
    expect(memory.has('irsa-lab')).toBe(false)
    // And the scenario is written when the page is idle (in Node: the next microtask)
    await Promise.resolve()
    expect(savedRole()).toBe(SCENARIO.aws.roles[0]!.name)
    // When its first verdict is shown, a scenario-level change is written at once
    const run = useAppStore.getState().runSimulation()
    runs.at(-1)!.resolve({ trace, findings: [], scenario: SCENARIO })
    await run
    expect(useAppStore.getState().verdictTrace).toBeDefined()
    useAppStore.getState().applyChange({ roleName: 'applied-role' })
    expect(savedRole()).toBe('applied-role')
  })
})
