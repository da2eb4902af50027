import { beforeAll, describe, expect, it } from 'vitest'
import { generateClusterKey } from '../../engine'
import type { ClusterKey } from '../../engine/jwt'
import type { ScenarioDraft } from '../../scenarios/draft'
import { findPreset } from '../../scenarios/presets'
import {
  CHALLENGES,
  challengeSetFromSearch,
  challengeSetLink,
  findChallenge,
  mintToken,
  tokenFacts,
} from './index'
import { buildStart } from './start'
import { isoOf } from './runs'
import { removeSub, setSub, renameOperator } from './trust'
import type { Challenge, ChallengeContext } from './types'

let key: ClusterKey
let ctx: ChallengeContext
beforeAll(async () => {
  key = await generateClusterKey('RS256')
  ctx = { key }
})
const material = () => ({ key, issuedAt: '2026-11-29T12:00:00.000Z' })
const HOST = 'oidc.eks.ap-northeast-2.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90'

async function started(id: string): Promise<[Challenge, ScenarioDraft]> {
  const challenge = findChallenge(id)!
  const draft = await buildStart(challenge, material())
  return [challenge, draft!]
}

describe('workshop challenges', () => {
  it('has at least 10, unique URL-safe ids, every level, starting from a gallery preset', () => {
    expect(CHALLENGES.length).toBeGreaterThanOrEqual(10)
    const ids = CHALLENGES.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const c of CHALLENGES) {
      expect(c.id).toMatch(/^[a-z0-9-]+$/)
      expect(findPreset(c.start.preset), c.id).toBeDefined()
    }
    expect(new Set(CHALLENGES.map((c) => c.level))).toEqual(
      new Set(['easy', 'medium', 'hard', 'attacker']),
    )
  })

  it.each(CHALLENGES.map((c) => [c.id, c] as const))(
    '%s starts unsolved and its solution solves it',
    async (_id, challenge) => {
      // Given
      const draft = (await buildStart(challenge, material()))!
      // Then
      const before = await challenge.check(draft, ctx)
      expect(before.solved).toBe(false)
      expect(before.criteria.length).toBeGreaterThan(0)
      // When
      const solved = { ...draft, ...(await challenge.solution(draft, ctx)) }
      // Then
      const after = await challenge.check(solved, ctx)
      expect(after.criteria.filter((c) => !c.ok)).toEqual([])
      expect(after.solved).toBe(true)
    },
  )

  it('without the cluster key a check that needs other tokens cannot pass', async () => {
    const [challenge, draft] = await started('production-namespace')
    const solved = { ...draft, ...(await challenge.solution(draft, ctx)) }
    const result = await challenge.check(solved, {})
    expect(result.solved).toBe(false)
    expect(result.criteria.map((c) => c.key)).toContain('needsKey')
  })
})

describe('checks reject near misses', () => {
  it('a namespace wildcard lets the pod in but also every other namespace', async () => {
    const [challenge, draft] = await started('production-namespace')
    const near = {
      ...draft,
      trustPolicy: setSub(
        draft.trustPolicy,
        'system:serviceaccount:*:example-sa',
        HOST,
        'StringLike',
      ),
    }
    const result = await challenge.check(near, ctx)
    expect(result.criteria.find((c) => c.key === 'issued')?.ok).toBe(true)
    expect(result.solved).toBe(false)
  })

  it('payments: keeping the old subject next to the new one is not "only payments"', async () => {
    const [challenge, draft] = await started('payments-only')
    const near = {
      ...draft,
      trustPolicy: setSub(
        draft.trustPolicy,
        ['system:serviceaccount:payments:payments-api', 'system:serviceaccount:example:example-sa'],
        HOST,
      ),
    }
    expect((await challenge.check(near, ctx)).solved).toBe(false)
  })

  it('wildcard: naming the one ServiceAccount works for it but not for the namespace', async () => {
    const [challenge, draft] = await started('wildcard-string-like')
    const near = {
      ...draft,
      trustPolicy: setSub(draft.trustPolicy, 'system:serviceaccount:example:example-sa', HOST),
    }
    expect((await challenge.check(near, ctx)).solved).toBe(false)
  })

  it('aud/sub swapped: deleting the conditions issues credentials to everyone', async () => {
    const [challenge, draft] = await started('aud-sub-swapped')
    const policy = JSON.parse(draft.trustPolicy) as { Statement: { Condition?: unknown }[] }
    delete policy.Statement[0]!.Condition
    expect(
      (await challenge.check({ ...draft, trustPolicy: JSON.stringify(policy) }, ctx)).solved,
    ).toBe(false)
  })

  it('close the hole: a namespace wildcard still lets debug-shell in', async () => {
    const [challenge, draft] = await started('close-no-sub')
    const near = {
      ...draft,
      trustPolicy: setSub(draft.trustPolicy, 'system:serviceaccount:example:*', HOST, 'StringLike'),
    }
    expect((await challenge.check(near, ctx)).solved).toBe(false)
  })

  it('least privilege: s3:* on * allows the upload and everything else', async () => {
    const [challenge, draft] = await started('least-privilege-upload')
    const near = {
      ...draft,
      permissionPolicy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
      }),
    }
    const result = await challenge.check(near, ctx)
    expect(result.criteria.find((c) => c.key === 'uploadAllowed')?.ok).toBe(true)
    expect(result.solved).toBe(false)
  })

  it('two-hour sessions: dropping the request gives one hour', async () => {
    const [challenge, draft] = await started('two-hour-sessions')
    expect((await challenge.check({ ...draft, request: '{}' }, ctx)).solved).toBe(false)
  })

  it('kubelet refresh: just before exp is not when the kubelet refreshes', async () => {
    const [challenge, draft] = await started('kubelet-refresh')
    const { exp } = tokenFacts(draft)
    expect((await challenge.check({ ...draft, now: isoOf(exp! - 60) }, ctx)).solved).toBe(false)
  })

  it('rotated key: keeping only the old key breaks every new token', async () => {
    const [challenge, draft] = await started('rotated-key')
    const near = { ...draft, jwks: JSON.stringify({ keys: [key.publicJwk] }) }
    const result = await challenge.check(near, ctx)
    expect(result.criteria.find((c) => c.key === 'issued')?.ok).toBe(true)
    expect(result.solved).toBe(false)
  })

  it('namespace wildcard attack: a ServiceAccount with another name is refused', async () => {
    const [challenge, draft] = await started('attack-namespace-wildcard')
    const token = await mintToken(draft, key, {
      namespace: 'sandbox',
      serviceAccount: 'debug-shell',
    })
    expect((await challenge.check({ ...draft, token }, ctx)).solved).toBe(false)
  })

  it('no :sub attack: a token from another namespace than dev does not count', async () => {
    const [challenge, draft] = await started('attack-no-sub')
    const token = await mintToken(draft, key, { namespace: 'kube-system', serviceAccount: 'x' })
    const result = await challenge.check({ ...draft, token }, ctx)
    expect(result.criteria.find((c) => c.key === 'issued')?.ok).toBe(true)
    expect(result.solved).toBe(false)
  })

  it('stolen token: after exp it is worthless, and early on it is not the last minutes', async () => {
    const [challenge, draft] = await started('attack-stolen-token')
    const { exp } = tokenFacts(draft)
    // Past the five minutes of clock skew STS allows after exp (IAM User Guide, OIDC federation).
    const late = await challenge.check({ ...draft, now: isoOf(exp! + 310) }, ctx)
    expect(late.criteria.find((c) => c.key === 'issued')?.ok).toBe(false)
    expect(late.solved).toBe(false)
  })

  it('the trust helpers leave non-JSON alone', () => {
    expect(removeSub('{ nope')).toBe('{ nope')
    expect(renameOperator('[]', 'StringEquals', 'StringLike')).toBe('[]')
  })
})

describe('instructor links', () => {
  it('keeps known ids in order, once', () => {
    expect(
      challengeSetFromSearch('?challenges=payments-only,nope,production-namespace,payments-only'),
    ).toEqual(['payments-only', 'production-namespace'])
    expect(challengeSetFromSearch('?challenges=nope')).toBeUndefined()
    expect(challengeSetFromSearch('')).toBeUndefined()
  })

  it('builds a link from the page address, without the fragment', () => {
    expect(challengeSetLink('http://127.0.0.1:5173/lab/?x=1#s=abc', ['a', 'b'])).toBe(
      'http://127.0.0.1:5173/lab/?x=1&challenges=a,b',
    )
  })
})
