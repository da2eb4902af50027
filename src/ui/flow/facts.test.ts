import { describe, expect, it } from 'vitest'
import { firstDifference, isoSeconds, shortConditionKey, stepFacts } from './facts'
import { irsaStep } from './testSteps'

const ISSUER = 'oidc.eks.ap-northeast-2.amazonaws.com/id/A1B2'

describe(stepFacts, () => {
  it('compares the token’s audience with the provider’s client IDs', () => {
    const facts = stepFacts(
      irsaStep('sts.audience', {
        status: 'fail',
        data: { audiences: ['other'], clientIds: ['sts.amazonaws.com', 'x'] },
      }),
    )
    expect(facts).toEqual([
      {
        label: { key: 'tokenAud' },
        value: 'other',
        against: { label: 'clientIds', value: 'sts.amazonaws.com, x' },
        ok: false,
        verdict: 'mismatches',
        summary: true,
      },
    ])
  })

  it('puts a trust condition’s request value against the policy’s values', () => {
    const [fact] = stepFacts(
      irsaStep('trust.condition', {
        id: 'trust.condition.0.0',
        data: {
          operator: 'StringLike',
          key: `${ISSUER}:sub`,
          requestValues: ['system:serviceaccount:example:example-sa'],
          values: [{ value: 'system:serviceaccount:example:*', matched: true }],
        },
      }),
    )
    expect(fact).toEqual({
      label: { text: 'StringLike …:sub' },
      value: 'system:serviceaccount:example:example-sa',
      valueLabel: 'token',
      against: { label: 'policy', value: 'system:serviceaccount:example:*' },
      ok: true,
      verdict: 'matches',
      summary: true,
    })
  })

  it('shows a key absent from the request as ∅', () => {
    const [fact] = stepFacts(
      irsaStep('trust.condition', {
        id: 'c',
        status: 'fail',
        data: { operator: 'StringEquals', key: 'aws:x', values: [] },
      }),
    )
    expect(fact?.value).toBe('∅')
  })

  it('lists each time claim as an instant with its verdict', () => {
    const facts = stepFacts(
      irsaStep('jwt.time', {
        data: { now: 60, checks: [{ claim: 'exp', value: 0, ok: false }] },
      }),
    )
    expect(facts).toEqual([
      {
        label: { key: 'exp' },
        value: '1970-01-01T00:00:00Z',
        against: { label: 'now', value: '1970-01-01T00:01:00Z' },
        ok: false,
        verdict: 'expired',
        summary: true,
      },
    ])
  })

  it('tells the S3 decision and has nothing for a step it does not compare', () => {
    const facts = stepFacts(
      irsaStep('api.call', {
        status: 'fail',
        data: { action: 's3:PutObject', resource: 'arn:aws:s3:::b/k', decision: 'ImplicitDeny' },
      }),
    )
    expect(facts.at(-1)).toEqual({
      label: { key: 'decision' },
      value: 'ImplicitDeny',
      ok: false,
      verdict: 'denies',
      summary: true,
    })
    expect(stepFacts(irsaStep('iam.role', { kind: 'something.new', data: { a: 1 } }))).toEqual([])
    // Data the step lacks reads as nothing, never a throw.
    expect(stepFacts(irsaStep('sts.request', { data: undefined }))).toEqual([
      { label: { key: 'endpoint' }, value: '—' },
      { label: { key: 'roleArn' }, value: '—' },
    ])
  })
})

describe(firstDifference, () => {
  it('finds where two values part, or nothing when they are equal', () => {
    expect(firstDifference('abc', 'abd')).toBe(2)
    expect(firstDifference('ab', 'abc')).toBe(2)
    expect(firstDifference('abc', 'abc')).toBeUndefined()
  })

  it('stops at a StringLike pattern’s first wildcard', () => {
    expect(firstDifference('system:x:a', 'system:*', true)).toBeUndefined()
    expect(firstDifference('systen:x', 'system:*', true)).toBe(5)
  })
})

describe('helpers', () => {
  it('shortens a condition key to its claim', () => {
    expect(shortConditionKey(`${ISSUER}:aud`)).toBe('…:aud')
    expect(shortConditionKey('aws:SourceIp')).toBe('aws:SourceIp')
  })

  it('prints epoch seconds as an ISO instant', () => {
    expect(isoSeconds(1795979216)).toBe('2026-11-29T19:06:56Z')
    expect(isoSeconds('x')).toBe('x')
  })
})
