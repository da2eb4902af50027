import { describe, expect, it } from 'vitest'
import { HOST, PROVIDER_ARN, SUB, trustPolicy } from '../fixtures'
import { admits } from './admits'
import { subjectDiff } from './diff'
import { subjectSet } from './subjectSet'

const AUD = 'sts.amazonaws.com'
const withCondition = (Condition: unknown) => trustPolicy({ Condition })

describe('subjectSet', () => {
  it('writes out the canonical IRSA trust policy as one exact entry', () => {
    // Given the canonical policy / When / Then
    expect(subjectSet(trustPolicy())).toEqual({
      principals: [PROVIDER_ARN],
      entries: [
        {
          principal: PROVIDER_ARN,
          provider: HOST,
          sub: { match: [SUB], except: [] },
          aud: { match: [AUD], except: [] },
          statement: '/Statement/0',
        },
      ],
    })
  })

  it('escapes wildcard characters of StringEquals values, keeps StringLike wildcards', () => {
    const set = subjectSet(
      withCondition({
        StringEquals: { [`${HOST}:sub`]: 'system:serviceaccount:*:x' },
        StringLike: { [`${HOST}:aud`]: 'sts.*' },
      }),
    )
    expect(set.entries[0]!.sub.match).toEqual(['system:serviceaccount:${*}:x'])
    expect(set.entries[0]!.aud.match).toEqual(['sts.*'])
    expect(
      admits(set, { principal: PROVIDER_ARN, sub: 'system:serviceaccount:a:x', aud: AUD }),
    ).toBe('deny')
    expect(
      admits(set, { principal: PROVIDER_ARN, sub: 'system:serviceaccount:*:x', aud: AUD }),
    ).toBe('allow')
  })

  it('turns negations into except lists and a claims-only Deny into a subtraction', () => {
    const policy = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: PROVIDER_ARN },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringLike: { [`${HOST}:sub`]: 'system:serviceaccount:payments:*' },
            StringNotEquals: { [`${HOST}:sub`]: 'system:serviceaccount:payments:debug' },
          },
        },
        {
          Effect: 'Deny',
          Principal: { Federated: PROVIDER_ARN },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringEquals: { [`${HOST}:sub`]: 'system:serviceaccount:payments:batch' } },
        },
      ],
    }
    const set = subjectSet(policy)
    expect(set.entries.map((e) => e.sub)).toEqual([
      {
        match: ['system:serviceaccount:payments:*'],
        except: ['system:serviceaccount:payments:debug', 'system:serviceaccount:payments:batch'],
      },
    ])
    expect(set.entries[0]!.aud.match).toEqual(['*'])
  })

  it('lists conditions on other keys in requires, and a conditional Deny as unless-denied', () => {
    const set = subjectSet({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: PROVIDER_ARN },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: { [`${HOST}:sub`]: SUB, [`${HOST}:amr`]: 'x' },
          },
        },
        {
          Effect: 'Deny',
          Principal: '*',
          Action: '*',
          Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
        },
      ],
    })
    const [entry] = set.entries
    expect(entry!.requires?.map((r) => [r.kind, r.key ?? r.pointer])).toEqual([
      ['condition', `${HOST}:amr`],
      ['unless-denied', '/Statement/1'],
    ])
    expect(admits(set, { principal: PROVIDER_ARN, sub: SUB, aud: AUD })).toBe('conditional')
  })

  it('admits nothing for a statement whose Action is not AssumeRoleWithWebIdentity', () => {
    expect(subjectSet(trustPolicy({ Action: 'sts:AssumeRole' })).entries).toEqual([])
  })

  it('never throws on other JSON', () => {
    for (const input of [null, 42, '{', '[]', { Statement: 'x' }, { Statement: [null, 1] }])
      expect(subjectSet(input).entries).toEqual([])
  })
})

describe('subjectDiff', () => {
  it('reports the subjects a widened :sub newly admits, with an example', () => {
    const before = withCondition({
      StringEquals: { [`${HOST}:sub`]: 'system:serviceaccount:payments:api', [`${HOST}:aud`]: AUD },
    })
    const after = withCondition({
      StringLike: { [`${HOST}:sub`]: 'system:serviceaccount:payments:*' },
      StringEquals: { [`${HOST}:aud`]: AUD },
    })
    const diff = subjectDiff(before, after)
    expect(diff.removed).toEqual([])
    expect(diff.added).toHaveLength(1)
    expect(diff.added[0]).toMatchObject({
      principal: PROVIDER_ARN,
      subPatterns: ['system:serviceaccount:payments:*'],
      audPatterns: [AUD],
    })
    expect(diff.added[0]!.example.sub).toMatch(/^system:serviceaccount:payments:/)
    expect(diff.added[0]!.example.sub).not.toBe('system:serviceaccount:payments:api')
  })

  it('reports a renamed subject as one removed and one added', () => {
    const before = withCondition({
      StringEquals: { [`${HOST}:sub`]: 'system:serviceaccount:a:payment' },
    })
    const after = withCondition({
      StringEquals: { [`${HOST}:sub`]: 'system:serviceaccount:a:payments' },
    })
    const diff = subjectDiff(before, after)
    expect(diff.added.map((c) => c.example.sub)).toEqual(['system:serviceaccount:a:payments'])
    expect(diff.removed.map((c) => c.example.sub)).toEqual(['system:serviceaccount:a:payment'])
  })
})
