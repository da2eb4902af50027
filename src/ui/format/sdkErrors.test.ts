import { describe, expect, it } from 'vitest'
import {
  boto3ErrorClass,
  displayRequestId,
  formatBoto3Error,
  formatBoto3ParamValidation,
  formatBoto3Response,
  formatJsV3Credentials,
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
  it('raises a modelled code as its errorfactory class, with the CLI text', () => {
    expect(formatBoto3Error(audience)).toBe(
      'botocore.errorfactory.InvalidIdentityTokenException: An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience',
    )
  })

  it('raises any other code as botocore ClientError', () => {
    expect(formatBoto3Error(denied)).toBe(
      'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    )
  })
})

describe(boto3ErrorClass, () => {
  it.each([
    ['ExpiredTokenException', 'botocore.errorfactory.ExpiredTokenException'],
    ['IDPRejectedClaim', 'botocore.errorfactory.IDPRejectedClaimException'],
    ['ValidationError', 'botocore.exceptions.ClientError'],
    ['toString', 'botocore.exceptions.ClientError'],
  ])('%s → %s', (code, name) => {
    expect(boto3ErrorClass(code)).toBe(name)
  })
})

describe(formatBoto3ParamValidation, () => {
  it('is the ParamValidationError botocore raises before sending', () => {
    expect(
      formatBoto3ParamValidation([
        'Invalid length for parameter RoleSessionName, value: 1, valid min length: 2',
      ]),
    ).toBe(
      'botocore.exceptions.ParamValidationError: Parameter validation failed:\nInvalid length for parameter RoleSessionName, value: 1, valid min length: 2',
    )
  })
})

const response = {
  Credentials: {
    AccessKeyId: 'ASIAEXAMPLE',
    SecretAccessKey: 'se/cret+',
    SessionToken: 'IQoJb3',
    Expiration: '2026-11-29T13:01:00+00:00',
  },
  SubjectFromWebIdentityToken: 'system:serviceaccount:example:example-sa',
  AssumedRoleUser: {
    AssumedRoleId: 'AROAEXAMPLE:me',
    Arn: 'arn:aws:sts::123456789012:assumed-role/example-role/me',
  },
  Provider: 'arn:aws:iam::123456789012:oidc-provider/example.com',
  Audience: 'sts.amazonaws.com',
}

describe(formatBoto3Response, () => {
  it("prints the response as Python's repr, seconds dropped when zero", () => {
    expect(formatBoto3Response(response)).toBe(
      "{'Credentials': {'AccessKeyId': 'ASIAEXAMPLE', 'SecretAccessKey': 'se/cret+', 'SessionToken': 'IQoJb3', 'Expiration': datetime.datetime(2026, 11, 29, 13, 1, tzinfo=tzlocal())}, 'SubjectFromWebIdentityToken': 'system:serviceaccount:example:example-sa', 'AssumedRoleUser': {'AssumedRoleId': 'AROAEXAMPLE:me', 'Arn': 'arn:aws:sts::123456789012:assumed-role/example-role/me'}, 'Provider': 'arn:aws:iam::123456789012:oidc-provider/example.com', 'Audience': 'sts.amazonaws.com'}",
    )
    const at = {
      ...response,
      Credentials: { ...response.Credentials, Expiration: '2026-11-29T13:01:05+00:00' },
    }
    expect(formatBoto3Response(at, 'tzutc()')).toContain(
      'datetime.datetime(2026, 11, 29, 13, 1, 5, tzinfo=tzutc())',
    )
  })
})

describe(formatJsV3Credentials, () => {
  it('prints the resolved credentials one property a line, with the account from the ARN', () => {
    expect(formatJsV3Credentials(response)).toBe(
      "{\n  accessKeyId: 'ASIAEXAMPLE',\n  secretAccessKey: 'se/cret+',\n  sessionToken: 'IQoJb3',\n  expiration: 2026-11-29T13:01:00.000Z,\n  accountId: '123456789012'\n}",
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
