import { describe, expect, it } from 'vitest'
import { ROLE_ARN_PATTERN } from './constants'

// The regex of pkg/cache/cache.go: ^arn:aws[a-z0-9-]*:iam::\d{12}:role\/[\w-\/.@+=,]+$
describe('ROLE_ARN_PATTERN', () => {
  it.each([
    { name: 'plain', arn: 'arn:aws:iam::123456789012:role/example-role', expected: true },
    { name: 'with a path', arn: 'arn:aws:iam::123456789012:role/a/b/c-d', expected: true },
    { name: 'aws-cn', arn: 'arn:aws-cn:iam::123456789012:role/r', expected: true },
    { name: 'aws-us-gov', arn: 'arn:aws-us-gov:iam::123456789012:role/r', expected: true },
    {
      name: 'every allowed sign',
      arn: 'arn:aws:iam::123456789012:role/a_b-c.d@e+f=g,h',
      expected: true,
    },
    { name: 'eleven digits', arn: 'arn:aws:iam::12345678901:role/r', expected: false },
    { name: 'a user', arn: 'arn:aws:iam::123456789012:user/r', expected: false },
    { name: 'empty role name', arn: 'arn:aws:iam::123456789012:role/', expected: false },
    { name: 'trailing space', arn: 'arn:aws:iam::123456789012:role/r ', expected: false },
    { name: 'upper-case ARN', arn: 'ARN:aws:iam::123456789012:role/r', expected: false },
    { name: 'a role name alone', arn: 'example-role', expected: false },
    { name: 'a star', arn: 'arn:aws:iam::123456789012:role/*', expected: false },
  ])('$name', ({ arn, expected }) => {
    expect(ROLE_ARN_PATTERN.test(arn)).toBe(expected)
  })
})
