/**
 * The one path from a draft to a trace: the draft's scenario (with the draft's own findings, e.g. a
 * JSON syntax error in the JWKS editor) and the engine's trace for it. The store, its worker, the
 * challenges, the timeline and the Pod Identity view all take a run from here, so none rebuilds
 * part of it and none loses the draft's findings.
 */
import { simulate, type Finding, type IrsaTrace, type Scenario } from '../engine'
import { scenarioFromDraft, type ScenarioDraft } from './draft'

/** One run of a draft: what the engine was given, what it answered, and the draft's findings. */
export interface DraftRun {
  /** The scenario the engine ran (Pod Identity and the timeline derive theirs from it). */
  scenario: Scenario
  trace: IrsaTrace
  /** Findings about the draft's own fields (the engine never saw those texts). */
  findings: Finding[]
}

/**
 * Runs the engine for a draft.
 *
 * @example
 * const { trace, findings } = await runDraft(draft)
 * trace.outcome // 'issued' | 'denied' | 'invalid-input'
 */
export async function runDraft(draft: ScenarioDraft): Promise<DraftRun> {
  const { scenario, findings } = scenarioFromDraft(draft)
  return { scenario, trace: await simulate(scenario), findings }
}
