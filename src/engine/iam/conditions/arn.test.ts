import { describe, expect, it } from 'vitest'
import { runCondition } from './testing'

const ROLE = 'arn:aws:iam::123456789012:role/example-role'

describe('ARN operators', () => {
  it.each([
    { name: 'ArnEquals exact', operator: 'ArnEquals', values: ROLE, actual: ROLE, matched: true },
    {
      name: 'ArnLike account wildcard',
      operator: 'ArnLike',
      values: 'arn:aws:iam::*:role/example-role',
      actual: ROLE,
      matched: true,
    },
    {
      name: 'ArnEquals also takes wildcards',
      operator: 'ArnEquals',
      values: 'arn:aws:iam::123456789012:role/*',
      actual: ROLE,
      matched: true,
    },
    {
      name: 'wildcard stays inside its component',
      operator: 'ArnLike',
      values: 'arn:aws:logs:us-east-1:*:x',
      actual: 'arn:aws:logs:us-east-1:123456789012:log-group:x',
      matched: false,
    },
    {
      name: 'resource part may hold colons',
      operator: 'ArnLike',
      values: 'arn:aws:logs:us-east-1:123456789012:log-group:*',
      actual: 'arn:aws:logs:us-east-1:123456789012:log-group:a:b',
      matched: true,
    },
    {
      name: 'case-sensitive',
      operator: 'ArnEquals',
      values: ROLE.toUpperCase(),
      actual: ROLE,
      matched: false,
    },
    {
      name: 'request value not an ARN',
      operator: 'ArnLike',
      values: 'arn:aws:iam::*:role/*',
      actual: 'example-role',
      matched: false,
    },
    {
      name: 'ArnNotEquals other',
      operator: 'ArnNotEquals',
      values: 'arn:aws:iam::123456789012:role/other',
      actual: ROLE,
      matched: true,
    },
    {
      name: 'ArnNotLike matching',
      operator: 'ArnNotLike',
      values: 'arn:aws:iam::123456789012:role/*',
      actual: ROLE,
      matched: false,
    },
  ])('$name', ({ operator, values, actual, matched }) => {
    expect(
      runCondition(operator, 'aws:PrincipalArn', values, { 'aws:PrincipalArn': actual }).matched,
    ).toBe(matched)
  })

  it('reports a policy value that is not an ARN', () => {
    expect(
      runCondition('ArnEquals', 'aws:PrincipalArn', 'example-role', { 'aws:PrincipalArn': ROLE })
        .values[0]!.error,
    ).toBe('value.not-an-arn')
  })

  it('substitutes policy variables', () => {
    const trace = runCondition('ArnLike', 'aws:SourceArn', 'arn:aws:s3:::${aws:username}-bucket', {
      'aws:SourceArn': 'arn:aws:s3:::alice-bucket',
      'aws:username': 'alice',
    })
    expect(trace.matched).toBe(true)
  })
})
