import { describe, expect, it } from 'vitest'
import { validateRequest, type StsRequestParameters } from './validateRequest'

const valid: StsRequestParameters = {
  roleArn: 'arn:aws:iam::123456789012:role/example-role',
  roleSessionName: 'botocore-session-1700000000',
  webIdentityToken: 'a.b.c',
}

describe(validateRequest, () => {
  it.each([
    {
      name: 'session name with a colon',
      params: { roleSessionName: 'a:b' },
      message:
        "1 validation error detected: Value 'a:b' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
      pointer: '/roleSessionName',
    },
    {
      name: 'session name too short',
      params: { roleSessionName: 'a' },
      message:
        "1 validation error detected: Value 'a' at 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to 2",
      pointer: '/roleSessionName',
    },
    {
      name: 'session name too long',
      params: { roleSessionName: 'x'.repeat(65) },
      message: `1 validation error detected: Value '${'x'.repeat(65)}' at 'roleSessionName' failed to satisfy constraint: Member must have length less than or equal to 64`,
      pointer: '/roleSessionName',
    },
    {
      name: 'duration below 900',
      params: { durationSeconds: 100 },
      message:
        "1 validation error detected: Value '100' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
      pointer: '/durationSeconds',
    },
    {
      name: 'duration above 12 hours',
      params: { durationSeconds: 43201 },
      message:
        "1 validation error detected: Value '43201' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200",
      pointer: '/durationSeconds',
    },
    {
      name: 'token too long (its value is never echoed)',
      params: { webIdentityToken: 'x'.repeat(20001) },
      message:
        "1 validation error detected: Value at 'webIdentityToken' failed to satisfy constraint: Member must have length less than or equal to 20000",
      pointer: '',
    },
  ])('ValidationError: $name', ({ params, message, pointer }) => {
    // When
    const result = validateRequest({ ...valid, ...params })
    // Then
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toMatchObject({ code: 'ValidationError', httpStatus: 400, message })
    expect(result.findings.map((f) => [f.code, f.pointer])).toEqual([
      ['sts.request.invalid-parameter', pointer],
    ])
  })

  it('reports every violated constraint at once, as AWS does', () => {
    const result = validateRequest({ ...valid, roleSessionName: 'a', durationSeconds: 1 })
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.error.message).toMatch(
        /^2 validation errors detected: .*; Value '1' at 'durationSeconds'/,
      )
  })

  it.each([
    'arn:aws:iam::::1234567890:role/example',
    'arn:aws:iam::12345678:role/example-role',
    'arn:aws:iam::123456789012:user/example',
    'arn:aws:s3:::123456789012:role/example',
    'not an arn but long enough',
  ])('Request ARN is invalid: %s', (roleArn) => {
    const result = validateRequest({ ...valid, roleArn })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toEqual({
      code: 'ValidationError',
      message: 'Request ARN is invalid',
      httpStatus: 400,
    })
    expect(result.findings.map((f) => [f.code, f.pointer])).toEqual([
      ['sts.request.invalid-arn', '/roleArn'],
    ])
  })

  it('accepts a valid request and parses the role ARN', () => {
    const result = validateRequest({
      ...valid,
      roleArn: 'arn:aws:iam::123456789012:role/team/app/example-role',
    })
    expect(result).toMatchObject({
      ok: true,
      roleArn: {
        partition: 'aws',
        accountId: '123456789012',
        path: '/team/app/',
        name: 'example-role',
      },
    })
  })
})
