import { describe, expect, it } from 'vitest'
import { allOperatorSpellings, lookupOperator } from './conditions/registry'
import { HOST, trustPolicy } from './fixtures'
import type { PolicyType } from './model'
import { parsePolicy } from './parse'
import { iamPolicySchema, trustPolicySchema, type JsonSchema } from './schema'
import { validatePolicy } from './validate'

/**
 * A tiny JSON Schema checker for the keywords our schemas use (type, enum, const, pattern,
 * properties, required, additionalProperties, minProperties, items, anyOf, oneOf, allOf, not).
 */
function valid(schema: JsonSchema, value: unknown): boolean {
  const s = schema as Record<string, unknown>
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value)
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? s.type : [s.type]
    const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
    if (!types.includes(actual)) return false
  }
  if (s.enum && !(s.enum as unknown[]).includes(value)) return false
  if (s.pattern && (typeof value !== 'string' || !new RegExp(s.pattern as string).test(value)))
    return false
  if (s.anyOf && !(s.anyOf as JsonSchema[]).some((sub) => valid(sub, value))) return false
  if (s.oneOf && (s.oneOf as JsonSchema[]).filter((sub) => valid(sub, value)).length !== 1)
    return false
  if (s.allOf && !(s.allOf as JsonSchema[]).every((sub) => valid(sub, value))) return false
  if (s.not && valid(s.not as JsonSchema, value)) return false
  if (s.items && Array.isArray(value) && !value.every((item) => valid(s.items as JsonSchema, item)))
    return false
  if (isObject) {
    const object = value as Record<string, unknown>
    const properties = (s.properties ?? {}) as Record<string, JsonSchema>
    if (s.required && !(s.required as string[]).every((k) => k in object)) return false
    if (typeof s.minProperties === 'number' && Object.keys(object).length < s.minProperties)
      return false
    for (const [key, item] of Object.entries(object)) {
      if (key in properties) {
        if (!valid(properties[key]!, item)) return false
      } else if (s.additionalProperties === false) return false
      else if (
        typeof s.additionalProperties === 'object' &&
        !valid(s.additionalProperties as JsonSchema, item)
      )
        return false
    }
  }
  return true
}

function validatorAccepts(policy: unknown, type: PolicyType): boolean {
  const parsed = parsePolicy(policy, type === 'trust' ? 'trustPolicy' : 'permissionPolicy')
  return validatePolicy(parsed.root, type, parsed.source).every((f) => f.severity !== 'error')
}

const allow = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }
const identity = (statement: unknown, extra: Record<string, unknown> = {}) => ({
  Version: '2012-10-17',
  Statement: statement,
  ...extra,
})

describe('iamPolicySchema and validatePolicy agree', () => {
  it.each([
    { name: 'valid policy', policy: identity([allow]) },
    { name: 'single statement', policy: identity(allow) },
    { name: 'no Version (warning only)', policy: { Statement: allow } },
    { name: 'Version 2008', policy: identity(allow, { Version: '2008-10-17' }) },
    { name: 'bad Version', policy: identity(allow, { Version: '2020-01-01' }) },
    { name: 'unknown element', policy: identity(allow, { Bogus: 1 }) },
    { name: 'unknown statement element', policy: identity({ ...allow, Bogus: 1 }) },
    { name: 'bad Effect', policy: identity({ ...allow, Effect: 'Maybe' }) },
    { name: 'no Effect', policy: identity({ Action: '*', Resource: '*' }) },
    { name: 'Action and NotAction', policy: identity({ ...allow, NotAction: '*' }) },
    { name: 'neither Action nor NotAction', policy: identity({ Effect: 'Allow', Resource: '*' }) },
    { name: 'malformed action', policy: identity({ ...allow, Action: 'GetObject' }) },
    { name: 'no Resource', policy: identity({ Effect: 'Allow', Action: '*' }) },
    { name: 'Resource not an ARN', policy: identity({ ...allow, Resource: 'bucket' }) },
    {
      name: 'Principal in identity policy',
      policy: identity({ ...allow, Principal: { AWS: '123456789012' } }),
    },
    {
      name: 'unknown operator',
      policy: identity({ ...allow, Condition: { StringEqual: { 'aws:x': 'a' } } }),
    },
    {
      name: 'lower-case operator',
      policy: identity({ ...allow, Condition: { stringEquals: { 'aws:x': 'a' } } }),
    },
    {
      name: 'object condition value',
      policy: identity({ ...allow, Condition: { StringEquals: { 'aws:x': { a: 1 } } } }),
    },
    { name: 'Statement a number', policy: identity(5) },
  ])('$name', ({ policy }) => {
    expect(valid(iamPolicySchema, policy)).toBe(validatorAccepts(policy, 'identity'))
  })
})

describe('trustPolicySchema and validatePolicy agree', () => {
  it.each([
    { name: 'canonical trust policy', policy: trustPolicy() },
    { name: 'Resource', policy: trustPolicy({ Resource: '*' }) },
    { name: 'no Principal', policy: trustPolicy({ Principal: undefined }) },
    {
      name: 'NotPrincipal',
      policy: trustPolicy({ Principal: undefined, NotPrincipal: { AWS: '123456789012' } }),
    },
    { name: 'wildcard principal', policy: trustPolicy({ Principal: '*' }) },
    { name: 'AWS "*"', policy: trustPolicy({ Principal: { AWS: '*' } }) },
    {
      name: 'partial wildcard',
      policy: trustPolicy({
        Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/*' },
      }),
    },
    {
      name: 'bad Federated',
      policy: trustPolicy({ Principal: { Federated: 'oidc.eks.amazonaws.com/id/X' } }),
    },
    {
      name: 'built-in provider',
      policy: trustPolicy({ Principal: { Federated: 'accounts.google.com' } }),
    },
    { name: 'unknown principal type', policy: trustPolicy({ Principal: { Oidc: 'x' } }) },
    { name: 'empty Principal', policy: trustPolicy({ Principal: {} }) },
    {
      name: 'Service principal',
      policy: trustPolicy({ Principal: { Service: 'pods.eks.amazonaws.com' } }),
    },
  ])('$name', ({ policy }) => {
    const plain = JSON.parse(JSON.stringify(policy)) as unknown
    expect(valid(trustPolicySchema(HOST), plain)).toBe(validatorAccepts(plain, 'trust'))
  })
})

describe('schema enumerations', () => {
  it('accepts every operator spelling the validator knows', () => {
    const condition = Object.fromEntries(
      allOperatorSpellings().map((op) => [op, { 'aws:x': 'true' }]),
    )
    expect(valid(iamPolicySchema, identity({ ...allow, Condition: condition }))).toBe(true)
  })

  it('derives operators from the registry, with set prefixes and IfExists', () => {
    const condition = (
      iamPolicySchema as {
        properties: {
          Statement: { anyOf: { properties: { Condition: { properties: object } } }[] }
        }
      }
    ).properties.Statement.anyOf[0]!.properties.Condition.properties
    const names = Object.keys(condition)
    expect(names).toEqual(allOperatorSpellings())
    expect(names).toContain('ForAnyValue:StringLikeIfExists')
    expect(names).not.toContain('NullIfExists')
    for (const name of names) expect(lookupOperator(name).operator).toBeDefined()
  })

  it('suggests the provider’s OIDC keys', () => {
    const text = JSON.stringify(trustPolicySchema(HOST))
    for (const claim of ['sub', 'aud', 'amr', 'azp']) expect(text).toContain(`"${HOST}:${claim}"`)
    expect(JSON.stringify(trustPolicySchema())).not.toContain(':sub"')
  })
})
