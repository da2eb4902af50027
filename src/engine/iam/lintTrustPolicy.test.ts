import { describe, expect, it } from 'vitest'
import { HOST, HOST_TOKEN, PROVIDER_ARN, SUB, TRUST_POLICY_TEXT, trustPolicy } from './fixtures'
import { lintTrustPolicy } from './lintTrustPolicy'

const AUD = `${HOST}:aud`
const SUBKEY = `${HOST}:sub`
const C = '/Statement/0/Condition'
const withCondition = (condition: unknown) => trustPolicy({ Condition: condition })

describe('lintTrustPolicy', () => {
  it.each([
    { name: 'canonical policy is clean', policy: trustPolicy(), expected: [] },
    {
      name: 'OIDC principal without condition',
      policy: trustPolicy({ Condition: undefined }),
      expected: [['trust.oidc.missing-condition', '/Statement/0/Principal/Federated']],
    },
    {
      name: 'no :sub condition',
      policy: withCondition({ StringEquals: { [AUD]: 'sts.amazonaws.com' } }),
      expected: [['trust.oidc.missing-sub', C]],
    },
    {
      name: 'no :aud condition',
      policy: withCondition({ StringEquals: { [SUBKEY]: SUB } }),
      expected: [['trust.oidc.missing-aud', C]],
    },
    {
      name: 'wildcard under StringEquals',
      policy: withCondition({
        StringEquals: { [AUD]: 'sts.amazonaws.com', [SUBKEY]: 'system:serviceaccount:example:*' },
      }),
      expected: [['trust.condition.wildcard-without-like', `${C}/StringEquals/${HOST_TOKEN}:sub`]],
    },
    {
      name: 'sub wildcard spanning namespaces',
      policy: withCondition({
        StringEquals: { [AUD]: 'sts.amazonaws.com' },
        StringLike: { [SUBKEY]: ['system:serviceaccount:*', '*:example-sa'] },
      }),
      expected: [
        ['trust.condition.sub-wildcard-namespaces', `${C}/StringLike/${HOST_TOKEN}:sub/0`],
        ['trust.condition.sub-wildcard-namespaces', `${C}/StringLike/${HOST_TOKEN}:sub/1`],
      ],
    },
    {
      name: 'namespace-wide wildcard',
      policy: withCondition({
        StringEquals: { [AUD]: 'sts.amazonaws.com' },
        StringLike: { [SUBKEY]: 'system:serviceaccount:example:*' },
      }),
      expected: [
        ['trust.condition.sub-wildcard-service-accounts', `${C}/StringLike/${HOST_TOKEN}:sub`],
      ],
    },
    {
      name: ':aud and :sub swapped',
      policy: withCondition({ StringEquals: { [AUD]: SUB, [SUBKEY]: 'sts.amazonaws.com' } }),
      expected: [
        ['trust.condition.aud-sub-swapped', `${C}/StringEquals/${HOST_TOKEN}:aud`],
        ['trust.condition.aud-sub-swapped', `${C}/StringEquals/${HOST_TOKEN}:sub`],
      ],
    },
    {
      name: 'set operator on a single-valued key',
      policy: withCondition({
        StringEquals: { [AUD]: 'sts.amazonaws.com' },
        'ForAllValues:StringEquals': { [SUBKEY]: SUB },
      }),
      expected: [
        [
          'trust.condition.set-operator-single-valued',
          `${C}/ForAllValues:StringEquals/${HOST_TOKEN}:sub`,
        ],
      ],
    },
    {
      name: 'key prefix of another provider',
      policy: withCondition({
        StringEquals: {
          [AUD]: 'sts.amazonaws.com',
          'oidc.eks.us-east-1.amazonaws.com/id/OTHER:sub': SUB,
        },
      }),
      expected: [
        [
          'trust.condition.key-prefix-mismatch',
          `${C}/StringEquals/oidc.eks.us-east-1.amazonaws.com~1id~1OTHER:sub`,
        ],
        ['trust.oidc.missing-sub', C],
      ],
    },
    {
      name: 'claim STS does not expose',
      policy: withCondition({
        StringEquals: {
          [AUD]: 'sts.amazonaws.com',
          [SUBKEY]: SUB,
          [`${HOST}:namespace`]: 'example',
        },
      }),
      expected: [
        ['trust.condition.unsupported-claim', `${C}/StringEquals/${HOST_TOKEN}:namespace`],
      ],
    },
    {
      name: 'principal that is not an OIDC provider',
      policy: trustPolicy({
        Principal: { AWS: 'arn:aws:iam::123456789012:root' },
        Condition: undefined,
      }),
      expected: [['trust.principal.not-oidc-provider', '/Statement/0/Principal/AWS']],
    },
    {
      name: 'action other than AssumeRoleWithWebIdentity',
      policy: trustPolicy({ Action: ['sts:AssumeRole', 'sts:TagSession'] }),
      expected: [['trust.action.mismatch', '/Statement/0/Action/0']],
    },
    {
      name: 'unknown operator',
      policy: withCondition({
        StringEquals: { [AUD]: 'sts.amazonaws.com' },
        StringEqual: { [SUBKEY]: SUB },
      }),
      expected: [
        ['policy.condition.unknown-operator', `${C}/StringEqual`],
        ['trust.oidc.missing-sub', C],
      ],
    },
    {
      name: 'Resource in a trust policy',
      policy: trustPolicy({ Resource: '*' }),
      expected: [['trust.resource', '/Statement/0/Resource']],
    },
  ])('$name', ({ policy, expected }) => {
    expect(lintTrustPolicy(policy).map((f) => [f.code, f.pointer])).toEqual(expected)
  })

  it('flags a provider other than the cluster’s', () => {
    const findings = lintTrustPolicy(TRUST_POLICY_TEXT, {
      providerHostPath: 'oidc.eks.us-east-1.amazonaws.com/id/OTHER',
    })
    expect(findings.map((f) => [f.code, f.pointer])).toEqual([
      ['trust.principal.provider-mismatch', '/Statement/0/Principal/Federated'],
    ])
  })

  it('accepts the cluster’s own provider', () => {
    expect(lintTrustPolicy(TRUST_POLICY_TEXT, { providerHostPath: HOST })).toEqual([])
  })

  it('uses Access Analyzer severities', () => {
    const [missing] = lintTrustPolicy(trustPolicy({ Condition: undefined }))
    const [mismatch] = lintTrustPolicy(trustPolicy({ Action: 'sts:AssumeRole' }))
    expect([missing?.severity, mismatch?.severity]).toEqual(['warning', 'error'])
    expect(PROVIDER_ARN).toContain(HOST)
  })
})
