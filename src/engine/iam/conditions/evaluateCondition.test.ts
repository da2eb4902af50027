import { describe, expect, it } from 'vitest'
import { CONDITION_REASONS } from '../reasons'
import { runCondition } from './testing'

const AMR = 'cognito-identity.amazonaws.com:amr'

describe('evaluateCondition: absent keys, IfExists, negation', () => {
  it.each([
    {
      name: 'positive operator, key absent',
      operator: 'StringEquals',
      matched: false,
      reason: 'key-absent',
    },
    {
      name: 'negated operator, key absent',
      operator: 'StringNotEquals',
      matched: true,
      reason: 'negated-absent',
    },
    {
      name: 'negated Like, key absent',
      operator: 'StringNotLike',
      matched: true,
      reason: 'negated-absent',
    },
    {
      name: 'NotIpAddress, key absent',
      operator: 'NotIpAddress',
      matched: true,
      reason: 'negated-absent',
    },
    {
      name: 'IfExists, key absent',
      operator: 'StringEqualsIfExists',
      matched: true,
      reason: 'absent-ifexists',
    },
    {
      name: 'negated IfExists, key absent',
      operator: 'StringNotEqualsIfExists',
      matched: true,
      reason: 'absent-ifexists',
    },
    {
      name: 'ForAnyValue, key absent',
      operator: 'ForAnyValue:StringEquals',
      matched: false,
      reason: 'for-any-value-empty',
    },
    {
      name: 'ForAllValues, key absent',
      operator: 'ForAllValues:StringEquals',
      matched: true,
      reason: 'for-all-values-empty',
    },
    {
      name: 'ForAnyValue IfExists, key absent',
      operator: 'ForAnyValue:StringEqualsIfExists',
      matched: true,
      reason: 'absent-ifexists',
    },
    {
      name: 'unknown operator',
      operator: 'StringEqual',
      matched: false,
      reason: 'unknown-operator',
    },
    {
      name: 'operator names are case-sensitive',
      operator: 'stringEquals',
      matched: false,
      reason: 'unknown-operator',
    },
    {
      name: 'NullIfExists is invalid',
      operator: 'NullIfExists',
      matched: false,
      reason: 'invalid-operator',
    },
  ])('$name', ({ operator, matched, reason }) => {
    const trace = runCondition(operator, 'k:absent', '10.0.0.0/8', {})
    expect(trace.matched).toBe(matched)
    expect(trace.reason).toBe(reason)
    expect(trace.requestValues).toBeUndefined()
  })

  it('IfExists compares normally when the key is present', () => {
    const trace = runCondition('StringEqualsIfExists', 'k:x', 'a', { 'k:x': 'b' })
    expect(trace).toMatchObject({
      matched: false,
      reason: 'no-value-matched',
      requestValues: ['b'],
    })
  })

  it('finds keys case-insensitively', () => {
    expect(
      runCondition('StringEquals', 'AWS:SourceVpc', 'vpc-1', { 'aws:sourcevpc': 'vpc-1' }).matched,
    ).toBe(true)
  })
})

describe('evaluateCondition: multivalued keys', () => {
  it.each([
    {
      name: 'ForAnyValue, one matches',
      operator: 'ForAnyValue:StringEquals',
      values: ['mfa'],
      actual: ['pwd', 'mfa'],
      matched: true,
      reason: 'for-any-value-matched',
    },
    {
      name: 'ForAnyValue, none matches',
      operator: 'ForAnyValue:StringEquals',
      values: ['otp'],
      actual: ['pwd', 'mfa'],
      matched: false,
      reason: 'for-any-value-none-matched',
    },
    {
      name: 'ForAnyValue, empty set',
      operator: 'ForAnyValue:StringEquals',
      values: ['mfa'],
      actual: [],
      matched: false,
      reason: 'for-any-value-empty',
    },
    {
      name: 'ForAllValues, all in list',
      operator: 'ForAllValues:StringEquals',
      values: ['pwd', 'mfa', 'otp'],
      actual: ['pwd', 'mfa'],
      matched: true,
      reason: 'for-all-values-matched',
    },
    {
      name: 'ForAllValues, one outside',
      operator: 'ForAllValues:StringEquals',
      values: ['pwd'],
      actual: ['pwd', 'mfa'],
      matched: false,
      reason: 'for-all-values-unmatched-value',
    },
    {
      name: 'ForAllValues, empty set',
      operator: 'ForAllValues:StringEquals',
      values: ['pwd'],
      actual: [],
      matched: true,
      reason: 'for-all-values-empty',
    },
    {
      name: 'ForAnyValue negated: one value not listed',
      operator: 'ForAnyValue:StringNotEquals',
      values: ['pwd'],
      actual: ['pwd', 'mfa'],
      matched: true,
      reason: 'for-any-value-matched',
    },
    {
      name: 'ForAllValues negated: none listed',
      operator: 'ForAllValues:StringNotEquals',
      values: ['otp'],
      actual: ['pwd', 'mfa'],
      matched: true,
      reason: 'for-all-values-matched',
    },
    {
      name: 'ForAllValues negated: one listed',
      operator: 'ForAllValues:StringNotEquals',
      values: ['mfa'],
      actual: ['pwd', 'mfa'],
      matched: false,
      reason: 'for-all-values-unmatched-value',
    },
    {
      name: 'ForAnyValue with StringLike',
      operator: 'ForAnyValue:StringLike',
      values: ['authenticated*'],
      actual: ['authenticated', 'x'],
      matched: true,
      reason: 'for-any-value-matched',
    },
    {
      name: 'plain operator on a multivalued key: any value',
      operator: 'StringEquals',
      values: ['mfa'],
      actual: ['pwd', 'mfa'],
      matched: true,
      reason: 'matched',
    },
    {
      name: 'plain negated operator on a multivalued key: none',
      operator: 'StringNotEquals',
      values: ['mfa'],
      actual: ['pwd', 'mfa'],
      matched: false,
      reason: 'negated-value-matched',
    },
  ])('$name', ({ operator, values, actual, matched, reason }) => {
    const trace = runCondition(operator, AMR, values, { [AMR]: actual })
    expect(trace.matched).toBe(matched)
    expect(trace.reason).toBe(reason)
  })
})

describe('evaluateCondition: Null', () => {
  it.each([
    { name: 'true and absent', value: 'true', context: {}, matched: true, reason: 'null-matched' },
    {
      name: 'true and present',
      value: 'true',
      context: { 'aws:TokenIssueTime': '2024-01-01' },
      matched: false,
      reason: 'null-not-matched',
    },
    {
      name: 'false and present',
      value: 'false',
      context: { 'aws:TokenIssueTime': '2024-01-01' },
      matched: true,
      reason: 'null-matched',
    },
    {
      name: 'false and absent',
      value: 'false',
      context: {},
      matched: false,
      reason: 'null-not-matched',
    },
    { name: 'boolean JSON value', value: true, context: {}, matched: true, reason: 'null-matched' },
    {
      name: 'empty set counts as absent',
      value: 'true',
      context: { 'aws:TokenIssueTime': [] },
      matched: true,
      reason: 'null-matched',
    },
  ])('$name', ({ value, context, matched, reason }) => {
    const trace = runCondition('Null', 'aws:TokenIssueTime', value, context)
    expect(trace.matched).toBe(matched)
    expect(trace.reason).toBe(reason)
  })
})

describe('evaluateCondition: trace', () => {
  it('gives one value trace per policy value with its pointer', () => {
    const trace = runCondition('StringEquals', 'k:x', ['a', 'b'], { 'k:x': 'b' })
    expect(trace.values).toEqual([
      { pointer: '/Statement/0/Condition/StringEquals/k:x/0', value: 'a', matched: false },
      {
        pointer: '/Statement/0/Condition/StringEquals/k:x/1',
        value: 'b',
        matched: true,
        matchedRequestValue: 'b',
      },
    ])
  })

  it('escapes "/" in keys within pointers', () => {
    const trace = runCondition('StringEquals', 'oidc.example.com/id/1:sub', 'x', {})
    expect(trace.pointer).toBe('/Statement/0/Condition/StringEquals/oidc.example.com~1id~11:sub')
  })

  it('reports values that are not scalars', () => {
    const trace = runCondition('StringEquals', 'k:x', [{ a: 1 }, null], { 'k:x': 'a' })
    expect(trace.values.map((v) => v.error)).toEqual(['value.not-a-scalar', 'value.not-a-scalar'])
    expect(trace.matched).toBe(false)
  })

  it('uses only reasons from the exported map', () => {
    const reasons = new Set<string>(Object.values(CONDITION_REASONS))
    const traces = [
      runCondition('StringEquals', 'k:x', 'a', { 'k:x': 'a' }),
      runCondition('StringEquals', 'k:x', 'a', {}),
      runCondition('Bogus', 'k:x', 'a', {}),
    ]
    for (const trace of traces) expect(reasons.has(trace.reason)).toBe(true)
  })
})

// Source: IAM User Guide, "Multivalued context keys" (ForAllValues is true, ForAnyValue false, when
// the key's value resolves to a null data set, such as an empty string) and "Condition operators"
// → Null (false: "the key exists and its value is not null").
describe('evaluateCondition: an empty-string value is a null data set', () => {
  const SUB = 'oidc.eks.us-east-1.amazonaws.com/id/X:sub'
  it.each([
    {
      operator: 'ForAllValues:StringEquals',
      raw: 'a',
      actual: '',
      matched: true,
      reason: 'for-all-values-empty-string',
    },
    {
      operator: 'ForAllValues:StringEquals',
      raw: 'a',
      actual: [''],
      matched: true,
      reason: 'for-all-values-empty-string',
    },
    {
      operator: 'ForAllValues:StringLike',
      raw: 'x*',
      actual: ['', ''],
      matched: true,
      reason: 'for-all-values-empty-string',
    },
    {
      operator: 'ForAnyValue:StringEquals',
      raw: '',
      actual: '',
      matched: false,
      reason: 'for-any-value-empty-string',
    },
    { operator: 'Null', raw: 'false', actual: '', matched: false, reason: 'null-empty-string' },
    { operator: 'Null', raw: 'true', actual: '', matched: true, reason: 'null-empty-string' },
    { operator: 'Null', raw: 'false', actual: 'x', matched: true, reason: 'null-matched' },
    { operator: 'StringEquals', raw: '', actual: '', matched: true, reason: 'matched' },
    {
      operator: 'ForAllValues:StringEquals',
      raw: 'a',
      actual: ['', 'b'],
      matched: false,
      reason: 'for-all-values-unmatched-value',
    },
  ])('$operator $raw against $actual → $reason', ({ operator, raw, actual, matched, reason }) => {
    const result = runCondition(operator, SUB, raw, { [SUB]: actual })
    expect([result.matched, result.reason]).toEqual([matched, reason])
    expect(result.pointer).toBe(`/Statement/0/Condition/${operator}/${SUB.replace(/\//g, '~1')}`)
  })
})
