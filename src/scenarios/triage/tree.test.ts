import { beforeAll, describe, expect, it } from 'vitest'
import { generateClusterKey, simulate, type Trace } from '../../engine'
import type { ClusterKey } from '../../engine/jwt'
import { findPreset } from '../presets'
import { PROOF_RULES } from './proven'
import { leavesOf, questionsOf, startFor, traceShows, TRIAGE } from './tree'

let key: ClusterKey
beforeAll(async () => {
  key = await generateClusterKey('RS256')
}, 30_000)

const traces = new Map<string, Trace>()
async function traceOf(presetId: string): Promise<Trace> {
  const known = traces.get(presetId)
  if (known) return known
  const preset = findPreset(presetId)
  if (!preset) throw new Error(`no preset ${presetId}`)
  const trace = await simulate(await preset.build({ key, issuedAt: '2026-11-29T12:00:00.000Z' }))
  traces.set(presetId, trace)
  return trace
}

const paths = TRIAGE.flatMap((start) =>
  leavesOf(start.next).map(
    ({ leaf, path }) => [start.id, path.join(' → ') || '—', start, leaf] as const,
  ),
)

describe('triage from the symptom', () => {
  it.each(paths)(
    '%s, %s: lands on a scenario whose simulation shows the error it started from',
    async (_id, _path, start, leaf) => {
      // Given the leaf's gallery scenario, when the engine runs it
      const trace = await traceOf(leaf.presetId)
      // Then the trace shows the starting symptom (its error code, and message or principal)
      expect(traceShows(start.shows, trace), `${leaf.presetId}: ${trace.error?.code}`).toBe(true)
    },
    30_000,
  )

  it('tells a symptom apart from the others: no leaf’s scenario shows another start’s STS error', async () => {
    for (const start of TRIAGE)
      for (const { leaf } of leavesOf(start.next)) {
        const trace = await traceOf(leaf.presetId)
        const others = TRIAGE.filter(
          (s) => s.id !== start.id && s.shows.kind === 'sts' && start.shows.kind === 'sts',
        )
        for (const other of others) expect(traceShows(other.shows, trace)).toBe(false)
      }
  }, 60_000)

  it('has unique ids, at least two answers per question, and a leaf per cause once', () => {
    const starts = TRIAGE.map((s) => s.id)
    expect(new Set(starts).size).toBe(starts.length)
    for (const start of TRIAGE)
      for (const q of questionsOf(start.next)) {
        expect(q.answers.length).toBeGreaterThanOrEqual(2)
        const ids = q.answers.map((a) => a.id)
        expect(new Set(ids).size).toBe(ids.length)
      }
    for (const start of TRIAGE) {
      const causes = leavesOf(start.next).map((l) => l.leaf.cause)
      expect(new Set(causes).size).toBe(causes.length)
    }
  })

  it('each starting point’s example error is recognised as that starting point, with its proof', () => {
    for (const start of TRIAGE) {
      expect(startFor(start.example)?.id).toBe(start.id)
      if (start.proof) expect(PROOF_RULES.map((r) => r.id)).toContain(start.proof)
    }
  })

  it('recognises the SDKs’ own wording of the same errors', () => {
    expect(
      startFor(
        'WebIdentityErr: failed to retrieve credentials\ncaused by: InvalidIdentityToken: No OpenIDConnect provider found in your account for https://oidc.eks.us-east-1.amazonaws.com/id/X\n\tstatus code: 400',
      )?.id,
    ).toBe('no-provider')
    expect(
      startFor(
        'operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 403, RequestID: 1, api error AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity',
      )?.id,
    ).toBe('sts-access-denied')
    expect(startFor('InvalidIdentityTokenException: Incorrect token audience')?.id).toBe(
      'incorrect-audience',
    )
    expect(
      startFor('CredentialsProviderError: Could not load credentials from any providers')?.id,
    ).toBe('no-credentials')
    expect(startFor('hello')).toBeUndefined()
  })
})
