import { describe, expect, it } from 'vitest'
import { trustPolicy } from './fixtures'
import type { PolicyType } from './model'
import { parsePolicy } from './parse'
import { validatePolicy } from './validate'

const allow = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }
const identity = (statement: unknown, extra: Record<string, unknown> = {}) => ({
  Version: '2012-10-17',
  Statement: statement,
  ...extra,
})

function findings(policy: unknown, type: PolicyType) {
  const source = type === 'trust' ? 'trustPolicy' : 'permissionPolicy'
  const parsed = parsePolicy(policy, source)
  return [...parsed.syntaxFindings, ...validatePolicy(parsed.root, type, source)].map((f) => [
    f.code,
    f.pointer ?? null,
  ])
}

describe('validatePolicy', () => {
  it.each([
    {
      name: 'valid identity policy',
      type: 'identity' as const,
      policy: identity([allow]),
      expected: [],
    },
    {
      name: 'single statement object',
      type: 'identity' as const,
      policy: identity(allow),
      expected: [],
    },
    { name: 'canonical trust policy', type: 'trust' as const, policy: trustPolicy(), expected: [] },
    {
      name: 'not an object',
      type: 'identity' as const,
      policy: [1],
      expected: [['policy.not-an-object', '']],
    },
    {
      name: 'missing Version',
      type: 'identity' as const,
      policy: { Statement: allow },
      expected: [['policy.version.missing', '']],
    },
    {
      name: 'bad Version',
      type: 'identity' as const,
      policy: identity(allow, { Version: '2012-10-18' }),
      expected: [['policy.version.invalid', '/Version']],
    },
    {
      name: 'unknown top-level element',
      type: 'identity' as const,
      policy: identity(allow, { Bogus: 1 }),
      expected: [['policy.element.unknown', '/Bogus']],
    },
    {
      name: 'missing Statement',
      type: 'identity' as const,
      policy: { Version: '2012-10-17' },
      expected: [['policy.statement.missing', '']],
    },
    {
      name: 'Statement is a string',
      type: 'identity' as const,
      policy: identity('x'),
      expected: [['policy.statement.invalid', '/Statement']],
    },
    {
      name: 'statement item not an object',
      type: 'identity' as const,
      policy: identity([allow, 3]),
      expected: [['policy.statement.invalid', '/Statement/1']],
    },
    {
      name: 'unknown statement element',
      type: 'identity' as const,
      policy: identity([{ ...allow, Bogus: 1 }]),
      expected: [['policy.element.unknown', '/Statement/0/Bogus']],
    },
    {
      name: 'missing Effect',
      type: 'identity' as const,
      policy: identity([{ Action: '*', Resource: '*' }]),
      expected: [['policy.effect.missing', '/Statement/0']],
    },
    {
      name: 'bad Effect',
      type: 'identity' as const,
      policy: identity([{ ...allow, Effect: 'allow' }]),
      expected: [['policy.effect.invalid', '/Statement/0/Effect']],
    },
    {
      name: 'no Action',
      type: 'identity' as const,
      policy: identity([{ Effect: 'Allow', Resource: '*' }]),
      expected: [['policy.action.missing', '/Statement/0']],
    },
    {
      name: 'Action and NotAction',
      type: 'identity' as const,
      policy: identity([{ ...allow, NotAction: 's3:*' }]),
      expected: [['policy.action.both', '/Statement/0/NotAction']],
    },
    {
      name: 'malformed action',
      type: 'identity' as const,
      policy: identity([{ ...allow, Action: ['s3:GetObject', 'GetObject'] }]),
      expected: [['policy.action.invalid', '/Statement/0/Action/1']],
    },
    {
      name: 'Action not a string',
      type: 'identity' as const,
      policy: identity([{ ...allow, Action: 5 }]),
      expected: [['policy.element.invalid-type', '/Statement/0/Action']],
    },
    {
      name: 'empty Action array',
      type: 'identity' as const,
      policy: identity([{ ...allow, Action: [] }]),
      expected: [['policy.element.empty', '/Statement/0/Action']],
    },
    {
      name: 'identity policy without Resource',
      type: 'identity' as const,
      policy: identity([{ Effect: 'Allow', Action: '*' }]),
      expected: [['policy.resource.missing', '/Statement/0']],
    },
    {
      name: 'Resource and NotResource',
      type: 'identity' as const,
      policy: identity([{ ...allow, NotResource: '*' }]),
      expected: [['policy.resource.both', '/Statement/0/NotResource']],
    },
    {
      name: 'Resource not an ARN',
      type: 'identity' as const,
      policy: identity([{ ...allow, Resource: 'bucket' }]),
      expected: [['policy.resource.invalid', '/Statement/0/Resource']],
    },
    {
      name: 'Principal in identity policy',
      type: 'identity' as const,
      policy: identity([{ ...allow, Principal: '*' }]),
      expected: [['policy.principal.not-allowed', '/Statement/0/Principal']],
    },
    {
      name: 'Sid with a dash (identity)',
      type: 'identity' as const,
      policy: identity([{ ...allow, Sid: 'a-b' }]),
      expected: [['policy.sid.invalid', '/Statement/0/Sid']],
    },
    {
      name: 'duplicate Sid',
      type: 'identity' as const,
      policy: identity([
        { ...allow, Sid: 'A' },
        { ...allow, Sid: 'A' },
      ]),
      expected: [['policy.sid.duplicate', '/Statement/1/Sid']],
    },
    {
      name: 'Condition not an object',
      type: 'identity' as const,
      policy: identity([{ ...allow, Condition: [] }]),
      expected: [['policy.condition.invalid', '/Statement/0/Condition']],
    },
    {
      name: 'unknown operator',
      type: 'identity' as const,
      policy: identity([{ ...allow, Condition: { StringEqual: { 'aws:username': 'a' } } }]),
      expected: [['policy.condition.unknown-operator', '/Statement/0/Condition/StringEqual']],
    },
    {
      name: 'NullIfExists',
      type: 'identity' as const,
      policy: identity([{ ...allow, Condition: { NullIfExists: { 'aws:username': 'true' } } }]),
      expected: [['policy.condition.invalid-operator', '/Statement/0/Condition/NullIfExists']],
    },
    {
      name: 'key without prefix',
      type: 'identity' as const,
      policy: identity([{ ...allow, Condition: { StringEquals: { username: 'a' } } }]),
      expected: [['policy.condition.invalid-key', '/Statement/0/Condition/StringEquals/username']],
    },
    {
      name: 'empty value array',
      type: 'identity' as const,
      policy: identity([{ ...allow, Condition: { StringEquals: { 'aws:username': [] } } }]),
      expected: [
        ['policy.condition.empty-values', '/Statement/0/Condition/StringEquals/aws:username'],
      ],
    },
    {
      name: 'object value',
      type: 'identity' as const,
      policy: identity([{ ...allow, Condition: { StringEquals: { 'aws:username': [{}] } } }]),
      expected: [
        ['policy.condition.invalid-value', '/Statement/0/Condition/StringEquals/aws:username/0'],
      ],
    },
    {
      name: 'bad date',
      type: 'identity' as const,
      policy: identity([
        { ...allow, Condition: { DateLessThan: { 'aws:CurrentTime': 'tomorrow' } } },
      ]),
      expected: [
        ['policy.condition.invalid-value', '/Statement/0/Condition/DateLessThan/aws:CurrentTime'],
      ],
    },
    {
      name: 'variable in numeric operator',
      type: 'identity' as const,
      policy: identity([{ ...allow, Condition: { NumericEquals: { 's3:max-keys': '${aws:x}' } } }]),
      expected: [
        [
          'policy.condition.variables-not-supported',
          '/Statement/0/Condition/NumericEquals/s3:max-keys',
        ],
        ['policy.condition.invalid-value', '/Statement/0/Condition/NumericEquals/s3:max-keys'],
      ],
    },
    {
      name: 'variable with Version 2008-10-17',
      type: 'identity' as const,
      policy: identity(
        [{ ...allow, Condition: { StringLike: { 's3:prefix': '${aws:username}/*' } } }],
        { Version: '2008-10-17' },
      ),
      expected: [
        ['policy.version.variables-ignored', '/Statement/0/Condition/StringLike/s3:prefix'],
      ],
    },
    {
      name: 'trust: Resource',
      type: 'trust' as const,
      policy: trustPolicy({ Resource: '*' }),
      expected: [['trust.resource', '/Statement/0/Resource']],
    },
    {
      name: 'trust: no Principal',
      type: 'trust' as const,
      policy: trustPolicy({ Principal: undefined }),
      expected: [['trust.principal.missing', '/Statement/0']],
    },
    {
      name: 'trust: NotPrincipal',
      type: 'trust' as const,
      policy: trustPolicy({
        Principal: undefined,
        NotPrincipal: { AWS: 'arn:aws:iam::123456789012:root' },
      }),
      expected: [['trust.not-principal', '/Statement/0/NotPrincipal']],
    },
    {
      name: 'trust: wildcard principal',
      type: 'trust' as const,
      policy: trustPolicy({ Principal: '*' }),
      expected: [['trust.principal.wildcard', '/Statement/0/Principal']],
    },
    {
      name: 'trust: AWS "*"',
      type: 'trust' as const,
      policy: trustPolicy({ Principal: { AWS: '*' } }),
      expected: [['trust.principal.wildcard', '/Statement/0/Principal/AWS']],
    },
    {
      name: 'trust: partial wildcard',
      type: 'trust' as const,
      policy: trustPolicy({ Principal: { AWS: 'arn:aws:iam::*:root' } }),
      expected: [['policy.principal.partial-wildcard', '/Statement/0/Principal/AWS']],
    },
    {
      name: 'trust: unknown principal type',
      type: 'trust' as const,
      policy: trustPolicy({ Principal: { Oidc: 'x' } }),
      expected: [['policy.principal.unknown-type', '/Statement/0/Principal/Oidc']],
    },
    {
      name: 'trust: bad Federated',
      type: 'trust' as const,
      policy: trustPolicy({ Principal: { Federated: ['oidc.eks.amazonaws.com/id/X'] } }),
      expected: [['trust.principal.federated-invalid', '/Statement/0/Principal/Federated/0']],
    },
    {
      name: 'trust: Principal string',
      type: 'trust' as const,
      policy: trustPolicy({ Principal: 'arn:aws:iam::123456789012:root' }),
      expected: [['policy.principal.invalid', '/Statement/0/Principal']],
    },
    {
      name: 'trust: empty Principal',
      type: 'trust' as const,
      policy: trustPolicy({ Principal: {} }),
      expected: [['policy.principal.invalid', '/Statement/0/Principal']],
    },
  ])('$name', ({ policy, type, expected }) => {
    expect(findings(policy, type)).toEqual(expected)
  })

  it('reports syntax errors with a position and still reads the rest', () => {
    // Given a trailing comma (IAM rejects it)
    const text =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*",}]}'
    const parsed = parsePolicy(text, 'permissionPolicy')
    // Then the syntax error is reported at its position
    expect(parsed.syntaxFindings.length).toBeGreaterThan(0)
    for (const f of parsed.syntaxFindings)
      expect([f.code, f.at?.line]).toEqual(['document.syntax', 1])
    // And the statement is still understood
    expect(parsed.statements[0]?.effect).toBe('Allow')
  })
})
