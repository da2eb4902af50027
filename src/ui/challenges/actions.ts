/** Scenario-level actions of the challenge panel: every change is undoable (`applyChange`). */
import { generateClusterKey } from '../../engine'
import { findChallenge, mintToken, type ChallengeContext } from '../../learning/challenges'
import { buildStart } from '../../learning/challenges/start'
import { useChallengeStore } from '../../state/challengeStore'
import { useAppStore } from '../../state/store'

/** The scenario's generated cluster key, as the checks and solutions take it. */
export function contextFromStore(): ChallengeContext {
  const key = useAppStore.getState().signingKey
  return key ? { key: { privateJwk: key.privateJwk, kid: key.kid, publicJwk: key.publicJwk } } : {}
}

/** Loads the challenge's starting scenario with a fresh cluster key (the previous work: Undo). */
export async function startChallenge(id: string, now: Date = new Date()): Promise<void> {
  const challenge = findChallenge(id)
  if (!challenge) return
  const key = await generateClusterKey('RS256')
  const issuedAt = new Date(Math.floor(now.getTime() / 1000) * 1000 - 60_000).toISOString()
  const draft = await buildStart(challenge, { key, issuedAt })
  if (!draft) return
  useAppStore
    .getState()
    .loadDraft(
      draft,
      { alg: 'RS256', kid: key.kid, privateJwk: key.privateJwk, publicJwk: key.publicJwk },
      challenge.start.preset,
    )
  // From now on the challenge's check grades this scenario (and nothing before it).
  useChallengeStore.getState().markStarted(id)
}

/** Applies the challenge's solution to the current draft (undoable). */
export async function applySolution(id: string): Promise<void> {
  const challenge = findChallenge(id)
  const draft = useAppStore.getState().draft
  if (!challenge || !draft) return
  const patch = await challenge.solution(draft, contextFromStore())
  useAppStore.getState().applyChange(patch)
}

/** Replaces the token with one for `namespace:serviceAccount` (undoable). False without a key. */
export async function mintAndUse(namespace: string, serviceAccount: string): Promise<boolean> {
  const { draft } = useAppStore.getState()
  const { key } = contextFromStore()
  if (!draft || !key) return false
  const token = await mintToken(draft, key, { namespace, serviceAccount })
  useAppStore.getState().applyChange({ token })
  return true
}
