import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PolicyRequest } from '../types'
import { evaluatePermissions } from './evaluatePermissions'
import { evaluatePolicy } from './evaluatePolicy'
import {
  HOST,
  HOST_TOKEN,
  ISSUER,
  PROVIDER_ARN,
  SUB,
  TRUST_POLICY_TEXT,
  trustPolicy,
} from './fixtures'
import { buildWebIdentityContext } from './webIdentityContext'

const claims = {
  sub: SUB,
  aud: ['sts.amazonaws.com'],
  iss: ISSUER,
  'kubernetes.io': { namespace: 'example' },
}
const trustRequest = (
  overrides: Partial<typeof claims> = {},
  federated = PROVIDER_ARN,
): PolicyRequest => ({
  action: 'sts:AssumeRoleWithWebIdentity',
  principal: { federated },
  context: buildWebIdentityContext({ ...claims, ...overrides }, ISSUER, {
    now: '2024-06-01T00:00:00Z',
  }),
})

describe('evaluatePolicy: trust policies', () => {
  it.each([
    {
      name: 'canonical IRSA policy allows the service account',
      policy: TRUST_POLICY_TEXT,
      request: trustRequest(),
      decision: 'Allow',
    },
    {
      name: 'other service account',
      policy: TRUST_POLICY_TEXT,
      request: trustRequest({ sub: 'system:serviceaccount:example:other' }),
      decision: 'ImplicitDeny',
    },
    {
      name: 'other namespace',
      policy: TRUST_POLICY_TEXT,
      request: trustRequest({ sub: 'system:serviceaccount:default:example-sa' }),
      decision: 'ImplicitDeny',
    },
    {
      name: 'other audience',
      policy: TRUST_POLICY_TEXT,
      request: trustRequest({ aud: ['sts.amazon.com'] }),
      decision: 'ImplicitDeny',
    },
    {
      name: 'other cluster’s provider',
      policy: TRUST_POLICY_TEXT,
      request: trustRequest({}, PROVIDER_ARN.replace('0123', '9999')),
      decision: 'ImplicitDeny',
    },
    {
      name: 'action names are case-insensitive',
      policy: trustPolicy({ Action: 'STS:assumerolewithwebidentity' }),
      request: trustRequest(),
      decision: 'Allow',
    },
    {
      name: 'action wildcard',
      policy: trustPolicy({ Action: 'sts:AssumeRoleWith*' }),
      request: trustRequest(),
      decision: 'Allow',
    },
    {
      name: 'wrong action',
      policy: trustPolicy({ Action: 'sts:AssumeRole' }),
      request: trustRequest(),
      decision: 'ImplicitDeny',
    },
    {
      name: 'StringEquals with * is literal',
      policy: trustPolicy({
        Condition: { StringEquals: { [`${HOST}:sub`]: 'system:serviceaccount:example:*' } },
      }),
      request: trustRequest(),
      decision: 'ImplicitDeny',
    },
    {
      name: 'StringLike namespace wildcard',
      policy: trustPolicy({
        Condition: { StringLike: { [`${HOST}:sub`]: 'system:serviceaccount:example:*' } },
      }),
      request: trustRequest(),
      decision: 'Allow',
    },
    {
      name: 'multiple service accounts as array',
      policy: trustPolicy({
        Condition: { StringEquals: { [`${HOST}:sub`]: ['system:serviceaccount:a:b', SUB] } },
      }),
      request: trustRequest(),
      decision: 'Allow',
    },
    {
      name: 'condition on an unexposed claim is absent',
      policy: trustPolicy({ Condition: { StringEquals: { [`${HOST}:namespace`]: 'example' } } }),
      request: trustRequest(),
      decision: 'ImplicitDeny',
    },
    {
      name: 'principal array ORed',
      policy: trustPolicy({
        Principal: {
          Federated: ['arn:aws:iam::123456789012:oidc-provider/x.example.com', PROVIDER_ARN],
        },
      }),
      request: trustRequest(),
      decision: 'Allow',
    },
    {
      name: 'explicit deny wins',
      policy: {
        Version: '2012-10-17',
        Statement: [
          trustPolicy().Statement instanceof Array ? (trustPolicy().Statement as unknown[])[0] : {},
          {
            Effect: 'Deny',
            Principal: { Federated: PROVIDER_ARN },
            Action: 'sts:*',
            Condition: { DateGreaterThan: { 'aws:CurrentTime': '2024-01-01T00:00:00Z' } },
          },
        ],
      },
      request: trustRequest(),
      decision: 'ExplicitDeny',
    },
    {
      name: 'no Principal applies to nobody',
      policy: trustPolicy({ Principal: undefined }),
      request: trustRequest(),
      decision: 'ImplicitDeny',
    },
    {
      name: 'NotPrincipal is unsupported',
      policy: trustPolicy({
        Principal: undefined,
        NotPrincipal: { AWS: 'arn:aws:iam::123456789012:root' },
      }),
      request: trustRequest(),
      decision: 'ImplicitDeny',
    },
  ])('$name', ({ policy, request, decision }) => {
    expect(evaluatePolicy(policy, request).decision).toBe(decision)
  })

  it('traces the failing condition value with pointers', () => {
    const result = evaluatePolicy(
      TRUST_POLICY_TEXT,
      trustRequest({ sub: 'system:serviceaccount:example:other' }),
    )
    const statement = result.statements[0]!
    expect(statement).toMatchObject({
      index: 0,
      pointer: '/Statement/0',
      effect: 'Allow',
      matched: false,
    })
    expect(statement.principal).toMatchObject({
      matched: true,
      matchedPointer: '/Statement/0/Principal/Federated',
    })
    expect(statement.resource.matched).toBe('absent')
    const sub = statement.conditions.find((c) => c.key.endsWith(':sub'))!
    expect(sub).toMatchObject({
      pointer: `/Statement/0/Condition/StringEquals/${HOST_TOKEN}:sub`,
      matched: false,
      reason: 'no-value-matched',
      requestValues: ['system:serviceaccount:example:other'],
    })
  })

  it('reports lint findings for trust policies and grammar errors with pointers', () => {
    const result = evaluatePolicy(
      trustPolicy({ Resource: '*', Condition: undefined }),
      trustRequest(),
    )
    expect(result.findings.map((f) => [f.code, f.pointer])).toEqual([
      ['trust.resource', '/Statement/0/Resource'],
      ['trust.oidc.missing-condition', '/Statement/0/Principal/Federated'],
    ])
  })

  it('stamps documentIndex on findings when asked', () => {
    const result = evaluatePolicy('{', trustRequest(), { documentIndex: 2 })
    expect(result.findings.length).toBeGreaterThan(0)
    expect(result.findings.every((f) => f.documentIndex === 2)).toBe(true)
  })

  it('returns the same decision from the text cache, with independent findings', () => {
    const text = JSON.stringify(trustPolicy({ Condition: undefined }))
    const first = evaluatePolicy(text, trustRequest())
    first.findings[0]!.code = 'mutated'
    const second = evaluatePolicy(text, trustRequest())
    expect(second.findings[0]!.code).toBe('trust.oidc.missing-condition')
    expect(second.decision).toBe(first.decision)
  })
})

const S3_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Upload',
      Effect: 'Allow',
      Action: ['s3:PutObject', 's3:GetObject'],
      Resource: 'arn:aws:s3:::example-bucket/*',
    },
  ],
})
const s3 = (
  action: string,
  resource: string,
  context: PolicyRequest['context'] = {},
): PolicyRequest => ({ action, resource, context })

describe('evaluatePolicy: permission policies', () => {
  it.each([
    {
      name: 'photo upload allowed',
      policy: S3_POLICY,
      request: s3('s3:PutObject', 'arn:aws:s3:::example-bucket/photo.jpg'),
      decision: 'Allow',
    },
    {
      name: 'other bucket',
      policy: S3_POLICY,
      request: s3('s3:PutObject', 'arn:aws:s3:::other-bucket/photo.jpg'),
      decision: 'ImplicitDeny',
    },
    {
      name: 'other action',
      policy: S3_POLICY,
      request: s3('s3:DeleteObject', 'arn:aws:s3:::example-bucket/photo.jpg'),
      decision: 'ImplicitDeny',
    },
    {
      name: 'NotAction',
      policy: {
        Version: '2012-10-17',
        Statement: { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
      },
      request: s3('s3:PutObject', 'arn:aws:s3:::b/k'),
      decision: 'Allow',
    },
    {
      name: 'NotAction excludes',
      policy: {
        Version: '2012-10-17',
        Statement: { Effect: 'Allow', NotAction: 's3:*', Resource: '*' },
      },
      request: s3('s3:PutObject', 'arn:aws:s3:::b/k'),
      decision: 'ImplicitDeny',
    },
    {
      name: 'NotResource',
      policy: {
        Version: '2012-10-17',
        Statement: { Effect: 'Deny', Action: '*', NotResource: 'arn:aws:s3:::b/*' },
      },
      request: s3('s3:PutObject', 'arn:aws:s3:::c/k'),
      decision: 'ExplicitDeny',
    },
    {
      name: 'resource wildcard stays in its component',
      policy: {
        Version: '2012-10-17',
        Statement: { Effect: 'Allow', Action: '*', Resource: 'arn:aws:logs:us-east-1:*:x' },
      },
      request: s3('logs:PutLogEvents', 'arn:aws:logs:us-east-1:123456789012:log-group:x'),
      decision: 'ImplicitDeny',
    },
    {
      name: 'resource with ?',
      policy: {
        Version: '2012-10-17',
        Statement: { Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b/photo?.jpg' },
      },
      request: s3('s3:PutObject', 'arn:aws:s3:::b/photo1.jpg'),
      decision: 'Allow',
    },
    {
      name: 'resource variable',
      policy: {
        Version: '2012-10-17',
        Statement: {
          Effect: 'Allow',
          Action: 's3:*',
          Resource: 'arn:aws:s3:::b/${aws:username}/*',
        },
      },
      request: s3('s3:GetObject', 'arn:aws:s3:::b/alice/x', { 'aws:username': 'alice' }),
      decision: 'Allow',
    },
    {
      name: 'resource variable is literal with Version 2008-10-17',
      policy: {
        Version: '2008-10-17',
        Statement: {
          Effect: 'Allow',
          Action: 's3:*',
          Resource: 'arn:aws:s3:::b/${aws:username}/*',
        },
      },
      request: s3('s3:GetObject', 'arn:aws:s3:::b/alice/x', { 'aws:username': 'alice' }),
      decision: 'ImplicitDeny',
    },
    {
      name: 'condition with IpAddress',
      policy: {
        Version: '2012-10-17',
        Statement: {
          Effect: 'Allow',
          Action: 's3:*',
          Resource: '*',
          Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
        },
      },
      request: s3('s3:GetObject', 'arn:aws:s3:::b/k', { 'aws:SourceIp': '10.1.2.3' }),
      decision: 'Allow',
    },
  ])('$name', ({ policy, request, decision }) => {
    expect(evaluatePolicy(policy, request).decision).toBe(decision)
  })
})

describe('evaluatePermissions', () => {
  const deny = JSON.stringify({
    Version: '2012-10-17',
    Statement: { Effect: 'Deny', Action: 's3:PutObject', Resource: '*' },
  })

  it.each([
    { name: 'one allowing policy', policies: [S3_POLICY], decision: 'Allow' },
    { name: 'no policy', policies: [], decision: 'ImplicitDeny' },
    { name: 'deny in any policy wins', policies: [S3_POLICY, deny], decision: 'ExplicitDeny' },
  ])('$name', ({ policies, decision }) => {
    expect(
      evaluatePermissions(policies, s3('s3:PutObject', 'arn:aws:s3:::example-bucket/photo.jpg'))
        .decision,
    ).toBe(decision)
  })

  it('tags statements and findings with their document index', () => {
    const result = evaluatePermissions(
      [S3_POLICY, '{"Statement": 1}'],
      s3('s3:PutObject', 'arn:aws:s3:::example-bucket/photo.jpg'),
    )
    expect(result.statements.map((s) => [s.documentIndex, s.sid, s.matched])).toEqual([
      [0, 'Upload', true],
    ])
    expect(result.findings.map((f) => [f.documentIndex, f.code])).toEqual([
      [1, 'policy.version.missing'],
      [1, 'policy.statement.invalid'],
    ])
  })
})

// Property runs: a generous hang guard instead of vitest's 5 s default (a loaded machine exceeds it).
describe('evaluatePolicy: never throws', { timeout: 120_000 }, () => {
  it('on arbitrary JSON as the policy', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (policy, asText) => {
        const input = asText ? (JSON.stringify(policy) ?? '') : (policy as object)
        const result = evaluatePolicy(input, trustRequest())
        expect(['Allow', 'ExplicitDeny', 'ImplicitDeny']).toContain(result.decision)
      }),
      { numRuns: 300 },
    )
  })

  it('on arbitrary JSON as context values and request fields', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.jsonValue(),
        (context, anything) => {
          const request = {
            action: anything,
            principal: anything,
            resource: anything,
            context,
          } as unknown as PolicyRequest
          for (const policy of [TRUST_POLICY_TEXT, S3_POLICY]) {
            expect(() => evaluatePolicy(policy, request)).not.toThrow()
            expect(() =>
              evaluatePolicy(policy, { ...trustRequest(), context } as PolicyRequest),
            ).not.toThrow()
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('on arbitrary statements with arbitrary conditions', () => {
    const statement = fc.record({
      Effect: fc.constantFrom('Allow', 'Deny', 'x'),
      Action: fc.oneof(fc.string(), fc.array(fc.string())),
      Resource: fc.oneof(fc.string(), fc.jsonValue()),
      Condition: fc.dictionary(
        fc.constantFrom(
          'StringLike',
          'ForAllValues:NumericLessThan',
          'DateEquals',
          'IpAddress',
          'ArnLike',
          'Null',
          'Bogus',
        ),
        fc.dictionary(fc.string(), fc.jsonValue()),
      ),
    })
    fc.assert(
      fc.property(
        fc.array(statement),
        fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.array(fc.string()))),
        (statements, context) => {
          const policy = { Version: '2012-10-17', Statement: statements }
          expect(() =>
            evaluatePolicy(policy, {
              action: 's3:GetObject',
              resource: 'arn:aws:s3:::b/k',
              context,
            }),
          ).not.toThrow()
        },
      ),
      { numRuns: 300 },
    )
  })

  // A hang guard, not a speed check (speed: npm run bench): backtracking matchers take seconds here.
  it('never hangs on generated wildcard patterns', () => {
    const pattern = fc
      .array(fc.constantFrom('*', '?', 'a', 'b', '*a', 'ab*'), { maxLength: 120 })
      .map((parts) => parts.join(''))
    const value = fc.string({ unit: fc.constantFrom('a', 'b'), minLength: 1000, maxLength: 10_000 })
    fc.assert(
      fc.property(pattern, value, (p, v) => {
        const policy = {
          Version: '2012-10-17',
          Statement: {
            Effect: 'Allow',
            Action: '*',
            Resource: '*',
            Condition: { StringLike: { 'k:v': p } },
          },
        }
        const started = performance.now()
        evaluatePolicy(policy, {
          action: 's3:GetObject',
          resource: 'arn:aws:s3:::b/k',
          context: { 'k:v': v },
        })
        expect(performance.now() - started, 'hang guard').toBeLessThan(5_000)
      }),
      { numRuns: 100 },
    )
  })
})
