import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { runCondition } from './testing'

const KEY = 'oidc.eks.ap-northeast-2.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF:sub'
const SUB = 'system:serviceaccount:example:example-sa'

describe('String operators', () => {
  it.each([
    {
      name: 'StringEquals exact',
      operator: 'StringEquals',
      values: SUB,
      actual: SUB,
      matched: true,
      reason: 'matched',
    },
    {
      name: 'StringEquals is case-sensitive',
      operator: 'StringEquals',
      values: SUB.toUpperCase(),
      actual: SUB,
      matched: false,
      reason: 'no-value-matched',
    },
    {
      name: 'StringEquals treats * literally',
      operator: 'StringEquals',
      values: 'system:serviceaccount:example:*',
      actual: SUB,
      matched: false,
      reason: 'no-value-matched',
    },
    {
      name: 'StringEquals values are ORed',
      operator: 'StringEquals',
      values: ['x', SUB],
      actual: SUB,
      matched: true,
      reason: 'matched',
    },
    {
      name: 'StringNotEquals, other value',
      operator: 'StringNotEquals',
      values: 'x',
      actual: SUB,
      matched: true,
      reason: 'negated-none-matched',
    },
    {
      name: 'StringNotEquals, same value',
      operator: 'StringNotEquals',
      values: SUB,
      actual: SUB,
      matched: false,
      reason: 'negated-value-matched',
    },
    {
      name: 'StringNotEquals with several values must match none',
      operator: 'StringNotEquals',
      values: ['x', SUB],
      actual: SUB,
      matched: false,
      reason: 'negated-value-matched',
    },
    {
      name: 'StringEqualsIgnoreCase',
      operator: 'StringEqualsIgnoreCase',
      values: SUB.toUpperCase(),
      actual: SUB,
      matched: true,
      reason: 'matched',
    },
    {
      name: 'StringNotEqualsIgnoreCase',
      operator: 'StringNotEqualsIgnoreCase',
      values: SUB.toUpperCase(),
      actual: SUB,
      matched: false,
      reason: 'negated-value-matched',
    },
    {
      name: 'StringLike namespace wildcard',
      operator: 'StringLike',
      values: 'system:serviceaccount:example:*',
      actual: SUB,
      matched: true,
      reason: 'matched',
    },
    {
      name: 'StringLike ? is one char',
      operator: 'StringLike',
      values: 'system:serviceaccount:exampl?:example-sa',
      actual: SUB,
      matched: true,
      reason: 'matched',
    },
    {
      name: 'StringLike is case-sensitive',
      operator: 'StringLike',
      values: 'system:serviceaccount:EXAMPLE:*',
      actual: SUB,
      matched: false,
      reason: 'no-value-matched',
    },
    {
      name: 'StringNotLike matching pattern',
      operator: 'StringNotLike',
      values: 'system:*',
      actual: SUB,
      matched: false,
      reason: 'negated-value-matched',
    },
    {
      name: 'StringNotLike other pattern',
      operator: 'StringNotLike',
      values: 'kube:*',
      actual: SUB,
      matched: true,
      reason: 'negated-none-matched',
    },
    {
      name: 'number value compared as text',
      operator: 'StringEquals',
      values: 42,
      actual: '42',
      matched: true,
      reason: 'matched',
    },
    {
      name: 'boolean value compared as text',
      operator: 'StringEquals',
      values: true,
      actual: 'true',
      matched: true,
      reason: 'matched',
    },
  ])('$name', ({ operator, values, actual, matched, reason }) => {
    const trace = runCondition(operator, KEY, values, { [KEY]: actual })
    expect(trace.matched).toBe(matched)
    expect(trace.reason).toBe(reason)
  })

  it('substitutes policy variables and records the resolved value', () => {
    const trace = runCondition('StringLike', 's3:prefix', 'home/${aws:username}/*', {
      's3:prefix': 'home/alice/photos',
      'aws:username': 'alice',
    })
    expect(trace.matched).toBe(true)
    expect(trace.values[0]).toMatchObject({
      resolved: 'home/alice/*',
      matched: true,
      matchedRequestValue: 'home/alice/photos',
    })
  })

  it('an unresolved variable does not match', () => {
    const trace = runCondition('StringEquals', 's3:prefix', '${aws:username}', {
      's3:prefix': 'alice',
    })
    expect(trace.matched).toBe(false)
    expect(trace.values[0]!.error).toBe('variable.unresolved')
  })

  it('StringLike without wildcards agrees with StringEquals', () => {
    const literal = fc.string().filter((s) => !/[*?$]/.test(s))
    fc.assert(
      fc.property(literal, fc.string(), (pattern, actual) => {
        const like = runCondition('StringLike', 'k:x', pattern, { 'k:x': actual }).matched
        const equals = runCondition('StringEquals', 'k:x', pattern, { 'k:x': actual }).matched
        expect(like).toBe(equals)
      }),
    )
  })
})
