import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluatePolicy } from '../evaluatePolicy'
import { admits } from './admits'
import { subjectSetDiff } from './diff'
import { subjectSet } from './subjectSet'

const HOSTS = ['oidc.example.com/id/A', 'oidc.example.com/id/B', 'oidc.example.com/id/C']
const ARNS = HOSTS.map((host) => `arn:aws:iam::111122223333:oidc-provider/${host}`)
const OPERATORS = [
  'StringEquals',
  'StringLike',
  'StringNotEquals',
  'StringNotLike',
  'ForAnyValue:StringLike',
  'ForAnyValue:StringEquals',
  'ForAllValues:StringEquals',
  'ForAllValues:StringNotLike',
  'ForAnyValue:StringNotEquals',
  'StringLikeIfExists',
  'StringNotEqualsIfExists',
  'Null',
]
/** Pieces of patterns and values over a tiny alphabet, so that matches and near-misses are common. */
const piece = fc.constantFrom('a', 'b', ':', '*', '?', '${*}', '${?}', 'true', 'false')
const text = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join(''))
/** Claims are never empty: STS needs a `sub` and an `aud` that matches a client ID. */
const valueText = fc
  .array(fc.constantFrom('a', 'b', ':', '*', '?', 'true'), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(''))

const condition = fc.record({
  operator: fc.constantFrom(...OPERATORS),
  key: fc.constantFrom(
    `${HOSTS[0]}:sub`,
    `${HOSTS[0]}:aud`,
    `${HOSTS[1]}:sub`,
    `${HOSTS[1]}:AUD`,
    `${HOSTS[2]}:sub`,
  ),
  values: fc.array(text, { minLength: 1, maxLength: 3 }),
})

const principal = fc.oneof(
  fc.constantFrom<unknown>('*'),
  fc.record({
    Federated: fc.oneof(
      fc.constantFrom(...ARNS.slice(0, 2)),
      fc.subarray(ARNS.slice(0, 2), { minLength: 1 }),
    ),
  }),
)

const statement = fc.record({
  Effect: fc.constantFrom('Allow', 'Allow', 'Deny'),
  Principal: principal,
  Action: fc.constantFrom<unknown>('sts:AssumeRoleWithWebIdentity', 'sts:*', 'sts:AssumeRole', [
    'sts:TagSession',
    'sts:AssumeRoleWithWebIdentity',
  ]),
  conditions: fc.array(condition, { maxLength: 3 }),
})

const policy = fc
  .record({
    Version: fc.constantFrom('2012-10-17', '2008-10-17'),
    statements: fc.array(statement, { minLength: 1, maxLength: 3 }),
  })
  .map(({ Version, statements }) => ({
    Version,
    Statement: statements.map(({ conditions, ...rest }) => {
      const Condition: Record<string, Record<string, unknown>> = {}
      for (const c of conditions) {
        Condition[c.operator] ??= {}
        Condition[c.operator]![c.key] = c.values.length === 1 ? c.values[0] : c.values
      }
      return conditions.length ? { ...rest, Condition } : rest
    }),
  }))

const identity = fc.record({
  index: fc.nat(2),
  sub: valueText,
  aud: valueText,
})

function decide(document: object, index: number, sub: string, aud: string) {
  const host = HOSTS[index]!
  return evaluatePolicy(document, {
    action: 'sts:AssumeRoleWithWebIdentity',
    principal: { federated: ARNS[index]! },
    context: { [`${host}:sub`]: sub, [`${host}:aud`]: aud },
  }).decision
}

describe('subjectSet agrees with evaluatePolicy', () => {
  it('admits exactly the identities the evaluator allows (claims-only policies)', () => {
    fc.assert(
      fc.property(policy, fc.array(identity, { minLength: 1, maxLength: 12 }), (document, ids) => {
        const set = subjectSet(document)
        for (const { index, sub, aud } of ids) {
          const expected = decide(document, index, sub, aud) === 'Allow' ? 'allow' : 'deny'
          expect(
            admits(set, { principal: ARNS[index]!, sub, aud }),
            JSON.stringify({ document, index, sub, aud, set }),
          ).toBe(expected)
        }
      }),
      { numRuns: 200, seed: 16 },
    )
  }, 60_000) // a hang guard for a busy machine, not a speed check

  it('every change subjectDiff reports is a real change of the decision', () => {
    fc.assert(
      fc.property(policy, policy, (before, after) => {
        const diff = subjectSetDiff(subjectSet(before), subjectSet(after))
        for (const change of diff.added) {
          const index = ARNS.indexOf(change.principal)
          expect(decide(after, index, change.example.sub, change.example.aud)).toBe('Allow')
          expect(decide(before, index, change.example.sub, change.example.aud)).not.toBe('Allow')
        }
        for (const change of diff.removed) {
          const index = ARNS.indexOf(change.principal)
          expect(decide(before, index, change.example.sub, change.example.aud)).toBe('Allow')
          expect(decide(after, index, change.example.sub, change.example.aud)).not.toBe('Allow')
        }
      }),
      { numRuns: 150, seed: 16 },
    )
  }, 60_000)
})
