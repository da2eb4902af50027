import { describe, expect, it } from 'vitest'
import {
  displayRequestId,
  formatBoto3Error,
  formatGoV2Error,
  formatJsV3Error,
  jsV3ErrorName,
} from './sdkErrors'

const audience = {
  code: 'InvalidIdentityToken',
  message: 'Incorrect token audience',
  httpStatus: 400,
}
const denied = {
  code: 'AccessDenied',
  message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
  httpStatus: 403,
}

describe(formatGoV2Error, () => {
  it('wraps the API error as the Go SDK v2 credential cache logs it', () => {
    expect(formatGoV2Error(denied, '4b2c0f9e-1d2a-4c3b-9e8f-7a6b5c4d3e2f')).toBe(
      'failed to refresh cached credentials, failed to retrieve credentials, operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 403, RequestID: 4b2c0f9e-1d2a-4c3b-9e8f-7a6b5c4d3e2f, api error AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    )
  })
})

describe(jsV3ErrorName, () => {
  it.each([
    ['InvalidIdentityToken', 'InvalidIdentityTokenException'],
    ['IDPCommunicationError', 'IDPCommunicationErrorException'],
    ['IDPRejectedClaim', 'IDPRejectedClaimException'],
    ['ExpiredTokenException', 'ExpiredTokenException'],
    ['RegionDisabledException', 'RegionDisabledException'],
    ['AccessDenied', 'AccessDenied'],
    ['ValidationError', 'ValidationError'],
  ])('%s → %s', (code, name) => {
    expect(jsV3ErrorName(code)).toBe(name)
  })
})

describe(formatJsV3Error, () => {
  it('prints the exception class and the message', () => {
    expect(formatJsV3Error(audience)).toBe(
      'InvalidIdentityTokenException: Incorrect token audience',
    )
  })
})

describe(formatBoto3Error, () => {
  it('is botocore ClientError with the CLI text', () => {
    expect(formatBoto3Error(audience)).toBe(
      'botocore.exceptions.ClientError: An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience',
    )
  })
})

describe(displayRequestId, () => {
  it('is UUID-shaped (version 4, RFC 4122 variant) and stable for a seed', () => {
    const id = displayRequestId('AccessDenied|1700000000')
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(displayRequestId('AccessDenied|1700000000')).toBe(id)
    expect(displayRequestId('AccessDenied|1700000001')).not.toBe(id)
  })
})
