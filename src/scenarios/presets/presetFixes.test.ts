import { beforeAll, describe, expect, it } from 'vitest'
import { generateClusterKey, simulate, type Trace } from '../../engine'
import type { ClusterKey } from '../../engine/jwt'
import { draftFromScenario, scenarioFromDraft, type ScenarioDraft } from '../draft'
import { fixesFor } from '../fixes'
import { findPreset } from './index'

let key: ClusterKey
beforeAll(async () => {
  key = await generateClusterKey('RS256')
})

/** Presses the first fix the verdict offers until credentials are issued (or nothing is left). */
async function pressFixes(
  draft: ScenarioDraft,
  rounds = 4,
): Promise<{ trace: Trace; pressed: string[] }> {
  const pressed: string[] = []
  let trace = await simulate(scenarioFromDraft(draft).scenario)
  for (
    let i = 0;
    i < rounds && (trace.outcome !== 'issued' || trace.call?.decision !== 'Allow');
    i++
  ) {
    const fix = fixesFor(draft, trace, { publicJwk: key.publicJwk as Record<string, unknown> })[0]
    if (!fix) break
    pressed.push(fix.id)
    draft = { ...draft, ...fix.apply(draft) }
    trace = await simulate(scenarioFromDraft(draft).scenario)
  }
  return { trace, pressed }
}

// The gallery's failures whose cause is a mistake a button can undo. Not here: the explicit Deny
// (deliberate), the tampered token (re-signing is its own, explicit button), cross-account and
// other-cluster tokens (the provider belongs in another account), and the attacker's views.
const FIXABLE = [
  'wrong-namespace',
  'wrong-service-account',
  'string-equals-wildcard',
  'aud-sub-swapped',
  'provider-client-id-wrong',
  'expired-token',
  'rotated-signing-key',
  'duration-above-max',
  'malformed-role-arn',
  'annotation-after-pod-start',
  's3-upload-denied',
]

describe('gallery fixes', () => {
  it.each(FIXABLE)(
    '%s: the offered fixes lead to credentials and an allowed upload',
    async (id) => {
      // Given
      const draft = draftFromScenario(
        await findPreset(id)!.build({ key, issuedAt: '2026-11-29T12:00:00.000Z' }),
      )
      // When
      const { trace, pressed } = await pressFixes(draft)
      // Then
      expect(pressed.length).toBeGreaterThan(0)
      expect(trace.outcome).toBe('issued')
      expect(trace.call?.decision).toBe('Allow')
    },
  )
})
