/**
 * The import session, as pure functions: what a paste would change, and what applying it gives.
 * Applied detections accumulate, so later pastes merge with earlier ones (providers by URL, the
 * cluster's issuer over a token's) and the missing pieces shrink.
 */
import { combineDetections, fieldsOf } from '../../scenarios/import/detect'
import { missingPieces, type MissingPiece } from '../../scenarios/import/missing'
import type { Detection } from '../../scenarios/import/types'
import { DRAFT_FIELDS, type ScenarioDraft } from '../../scenarios/draft'

export type DraftField = keyof ScenarioDraft

/** The fields the detections fill, each once, in the draft's order. */
export function fieldsFilled(detections: readonly Detection[]): DraftField[] {
  const fields = new Set(detections.flatMap(fieldsOf))
  return DRAFT_FIELDS.filter((f) => fields.has(f))
}

/**
 * The patch to apply for the pending detections, given those applied before: only the fields the
 * pending ones fill, with values merged across the whole session.
 */
export function patchToApply(
  applied: readonly Detection[],
  pending: readonly Detection[],
): Partial<ScenarioDraft> {
  const { patch } = combineDetections([...applied, ...pending])
  const out: Partial<ScenarioDraft> = {}
  for (const field of fieldsFilled(pending))
    if (patch[field] !== undefined) Object.assign(out, { [field]: patch[field] })
  return out
}

/** What a verdict about the real cluster still needs, after the applied detections. */
export function stillMissing(applied: readonly Detection[]): MissingPiece[] {
  const { patch, hints } = combineDetections(applied)
  return missingPieces(patch, hints)
}

/** What an imported scenario still lacks (its empty fields), named after the applied pastes. */
export function stillMissingIn(
  draft: ScenarioDraft,
  applied: readonly Detection[],
): MissingPiece[] {
  return missingPieces(draft, combineDetections(applied).hints)
}
