/**
 * The app's one store. The trace is recomputed in exactly one place (`runSimulation`) whenever
 * the scenario changes, and is never derived anywhere else.
 */
import { create } from 'zustand'
import { simulate, type Scenario, type Trace } from '../engine'

export interface AppState {
  scenario?: Scenario
  trace?: Trace
  status: 'loading' | 'running' | 'ready'
  /** Bumped per run so that a slow run never overwrites a newer one. */
  runId: number
  setScenario: (scenario: Scenario) => Promise<void>
}

export const useAppStore = create<AppState>()((set, get) => ({
  status: 'loading',
  runId: 0,
  async setScenario(scenario) {
    const runId = get().runId + 1
    set({ scenario, status: 'running', runId })
    const trace = await simulate(scenario)
    if (get().runId === runId) set({ trace, status: 'ready' })
  },
}))
