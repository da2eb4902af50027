/**
 * Workshop challenges: a goal, a starting scenario, an automatic check over one or more runs of
 * the engine, three hints and a solution. Pure data and functions; the texts live in the i18n
 * catalogues under `challenges.items.<id>`.
 */
import type { ScenarioDraft } from '../../scenarios/draft'

/** From the first steps to the attacker's view. */
export type ChallengeLevel = 'easy' | 'medium' | 'hard' | 'attacker'

/** What a check or a solution may use beyond the draft: the scenario's generated cluster key. */
export interface ChallengeContext {
  key?: { privateJwk: object; kid: string; publicJwk?: object }
}

/** One condition of a check: an i18n key under `challenges.criteria.` and whether it holds. */
export interface Criterion {
  key: string
  values?: Record<string, string>
  ok: boolean
}

export interface CheckResult {
  solved: boolean
  criteria: Criterion[]
}

/** A draft patch computed from the current draft (solutions and starting edits may sign tokens). */
export type DraftPatch = (
  draft: ScenarioDraft,
  ctx: ChallengeContext,
) => Promise<Partial<ScenarioDraft>>

export interface Challenge {
  /** Stable and URL-safe: instructor links (`?challenges=a,b`) and saved progress use it. */
  id: string
  level: ChallengeLevel
  /** A gallery preset id, and edits applied after loading it. */
  start: { preset: string; edit?: DraftPatch }
  /** Runs the engine on the draft and on variants of it (other ServiceAccounts, API calls…). */
  check: (draft: ScenarioDraft, ctx: ChallengeContext) => Promise<CheckResult>
  /** The patch the learner can reveal and apply (undoable). */
  solution: DraftPatch
  /** The panel offers "mint a token for any ServiceAccount", as `kubectl create token` would. */
  mintTool?: boolean
}

/** Builds a result: solved when every criterion holds. */
export const result = (criteria: Criterion[]): CheckResult => ({
  solved: criteria.length > 0 && criteria.every((c) => c.ok),
  criteria,
})
