/** Plain selectors over the store: testable without React. */
import type { Finding, Step } from '../engine'
import type { AppState } from './store'

export const selectSelectedStep = (s: AppState): Step | undefined =>
  s.selectedStepId ? s.trace?.steps.find((step) => step.id === s.selectedStepId) : undefined

export const selectFailedStep = (s: AppState): Step | undefined =>
  s.trace?.steps.find((step) => step.status === 'fail')

/** Every finding: the editors' own documents first, then the engine's. */
export const selectAllFindings = (s: AppState): Finding[] => [
  ...s.inputFindings,
  ...(s.trace?.findings ?? []),
]
