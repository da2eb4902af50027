/**
 * Proof-of-solve links on the attendee's side: when a started challenge's check passes, the
 * scenario it passed on is kept as a share fragment (../../learning/challenges/proof.ts), so the
 * link stays available after the learner moves on. Only the latest passing scenario is kept.
 */
import { findChallenge } from '../../learning/challenges'
import { proofShare } from '../../learning/challenges/proof'
import type { ScenarioDraft } from '../../scenarios/draft'
import { useChallengeStore } from '../../state/challengeStore'
import { useAppStore } from '../../state/store'

export interface ProofSource {
  presetId: string
  draft: ScenarioDraft
  signingKey: ReturnType<typeof useAppStore.getState>['signingKey']
}

/** What a check ran on, taken when it starts (the scenario may change while it runs). */
export function proofSource(draft: ScenarioDraft): ProofSource {
  const { presetId, signingKey } = useAppStore.getState()
  return { presetId, draft, signingKey }
}

/** The last scenario recorded per challenge: a re-run on the same draft records nothing. */
const recorded = new Map<string, ScenarioDraft>()

/** Keeps the proof of a passed check (never throws: a proof that cannot be made is not kept). */
export async function recordProof(id: string, source: ProofSource): Promise<void> {
  if (!findChallenge(id) || recorded.get(id) === source.draft) return
  recorded.set(id, source.draft)
  try {
    const share = await proofShare({
      presetId: source.presetId,
      draft: source.draft,
      ...(source.signingKey ? { signingKey: source.signingKey } : {}),
    })
    useChallengeStore.getState().recordProof(id, share)
  } catch {
    recorded.delete(id)
  }
}
