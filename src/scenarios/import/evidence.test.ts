import { describe, expect, it } from 'vitest'
import {
  charDiff,
  checksProven,
  fixCommand,
  reachesCloudTrail,
  readEvidence,
  triageSubject,
} from './evidence'
import { EVENT } from './testing/cloudTrail'
import { HOST_PATH, ROLE_ARN, TRUST_POLICY } from './testing/samples'

describe('readEvidence', () => {
  it('reads a CloudTrail record, a Records array and lookup-events output alike', () => {
    const expected = {
      source: 'cloudTrail',
      provider: HOST_PATH,
      sub: 'system:serviceaccount:photos:uploaders',
      aud: 'sts.amazonaws.com',
      roleArn: ROLE_ARN,
      roleSessionName: 'botocore-session-1',
      time: '2026-12-05T02:13:09Z',
      errorCode: 'AccessDenied',
      errorMessage: 'An unknown error occurred',
    }
    expect(readEvidence(JSON.stringify(EVENT))).toEqual([expected])
    expect(readEvidence(JSON.stringify({ Records: [EVENT] }))).toEqual([expected])
    expect(
      readEvidence(
        JSON.stringify({ Events: [{ EventId: 'x', CloudTrailEvent: JSON.stringify(EVENT) }] }),
      ),
    ).toEqual([expected])
  })

  it('reads the AWS error line of the CLI, an SDK and a pod log', () => {
    const cli =
      'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: No OpenIDConnect provider found in your account for https://oidc.eks.eu-west-1.amazonaws.com/id/ABC'
    expect(readEvidence(cli)).toEqual([
      {
        source: 'errorLine',
        errorCode: 'InvalidIdentityToken',
        errorMessage:
          'No OpenIDConnect provider found in your account for https://oidc.eks.eu-west-1.amazonaws.com/id/ABC',
        provider: 'oidc.eks.eu-west-1.amazonaws.com/id/ABC',
      },
    ])
    const log =
      '2026-12-05T02:13:09Z Error: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity\n    at …'
    expect(readEvidence(log)[0]).toMatchObject({ errorCode: 'AccessDenied' })
  })

  it('reads boto3’s exception lines (printed by python3-boto3 against irsa-lab sts)', () => {
    // Run with /usr/bin/python3 and boto3 against `irsa-lab sts` (unsigned, the fixtures' scenario).
    const denied =
      'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity'
    const noProvider =
      'botocore.errorfactory.InvalidIdentityTokenException: An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: No OpenIDConnect provider found in your account for https://oidc.eks.ap-northeast-2.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90'
    expect(readEvidence(denied)).toEqual([
      {
        source: 'errorLine',
        errorCode: 'AccessDenied',
        errorMessage: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
      },
    ])
    expect(
      readEvidence(`Traceback (most recent call last):\n  File "app.py", line 9\n${noProvider}`),
    ).toEqual([
      {
        source: 'errorLine',
        errorCode: 'InvalidIdentityToken',
        errorMessage:
          'No OpenIDConnect provider found in your account for https://oidc.eks.ap-northeast-2.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90',
        provider: 'oidc.eks.ap-northeast-2.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90',
      },
    ])
  })

  it('reads the Java SDK’s exception lines: v1 names the code, v2 only the status', () => {
    const v1 =
      'com.amazonaws.services.securitytoken.model.AWSSecurityTokenServiceException: Not authorized to perform sts:AssumeRoleWithWebIdentity (Service: AWSSecurityTokenService; Status Code: 403; Error Code: AccessDenied; Request ID: 1b2c; Proxy: null)'
    const v2 =
      'software.amazon.awssdk.services.sts.model.StsException: Not authorized to perform sts:AssumeRoleWithWebIdentity (Service: Sts, Status Code: 403, Request ID: 1b2c)'
    const v2Token =
      'software.amazon.awssdk.services.sts.model.InvalidIdentityTokenException: Incorrect token audience (Service: Sts, Status Code: 400, Request ID: 1b2c)'
    for (const line of [v1, v2])
      expect(readEvidence(line)).toEqual([
        {
          source: 'errorLine',
          errorCode: 'AccessDenied',
          errorMessage: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
        },
      ])
    expect(readEvidence(v2Token)).toEqual([
      {
        source: 'errorLine',
        errorCode: 'InvalidIdentityToken',
        errorMessage: 'Incorrect token audience',
      },
    ])
  })

  it('reads a decoded JWT payload', () => {
    const payload = {
      iss: `https://${HOST_PATH}`,
      sub: 'system:serviceaccount:a:b',
      aud: ['sts.amazonaws.com'],
      exp: 2,
      iat: 1,
    }
    expect(readEvidence(JSON.stringify(payload))).toEqual([
      {
        source: 'payload',
        provider: HOST_PATH,
        sub: 'system:serviceaccount:a:b',
        aud: 'sts.amazonaws.com',
        time: '1970-01-01T00:00:01.000Z',
      },
    ])
  })

  it('another event, a truncated paste, other JSON and a huge text give no evidence, never a throw', () => {
    expect(readEvidence(JSON.stringify({ ...EVENT, eventName: 'CreateBucket' }))).toEqual([
      { source: 'cloudTrail', otherEvent: 'CreateBucket' },
    ])
    expect(readEvidence(JSON.stringify(EVENT).slice(0, 100))).toEqual([])
    expect(readEvidence('[1,2,{"a":null}]')).toEqual([])
    expect(readEvidence('x'.repeat(2_000_000))).toEqual([])
  })
})

describe('what the error proves, and the verdict on the trust policy', () => {
  it('AccessDenied proves the provider, audience, signature and time checks passed', () => {
    expect(checksProven({ errorCode: 'AccessDenied' })).toEqual([
      'provider',
      'audience',
      'signature',
      'time',
    ])
    expect(
      checksProven({ errorCode: 'InvalidIdentityToken', errorMessage: 'Incorrect token audience' }),
    ).toEqual(['provider'])
    expect(
      reachesCloudTrail({
        errorCode: 'InvalidIdentityToken',
        errorMessage: 'The web identity token signature could not be verified',
      }),
    ).toBe(false)
    expect(reachesCloudTrail({ errorCode: 'AccessDenied' })).toBe(true)
  })

  it('lands on the condition with a character-level difference and gives the fixing command', () => {
    const triage = triageSubject(
      JSON.stringify(TRUST_POLICY),
      'system:serviceaccount:photos:uploaders',
      'sts.amazonaws.com',
    )
    expect(triage.admitted).toBe(false)
    expect(triage.audienceAdmitted).toBe(true)
    expect(triage.closest).toEqual({
      pattern: 'system:serviceaccount:photos:uploader',
      diff: {
        prefix: 'system:serviceaccount:photos:uploader',
        expected: '',
        actual: 's',
        suffix: '',
      },
    })
    expect(
      triageSubject(triage.fixedPolicy!, 'system:serviceaccount:photos:uploaders').admitted,
    ).toBe(true)
    expect(fixCommand(ROLE_ARN, 'x')).toBe(
      'aws iam update-assume-role-policy --role-name=photo-uploader --policy-document=file://trust-policy.json',
    )
    // A name from a pasted record is hardened as the exports are: bound, quoted, or refused.
    expect(fixCommand('arn:aws:iam::111122223333:role/a b', 'x')).toContain("--role-name='a b' ")
    expect(fixCommand('arn:aws:iam::111122223333:role/--endpoint-url=x', '-n')).toBe(
      'aws iam update-assume-role-policy --role-name="$ROLE_NAME" --policy-document=file://trust-policy.json',
    )
    expect(fixCommand('arn:aws:iam::111122223333:role/x\u200b', 'photo-uploader')).toContain(
      '--role-name=photo-uploader ',
    )
    expect(charDiff('payment', 'payments')).toEqual({
      prefix: 'payment',
      expected: '',
      actual: 's',
      suffix: '',
    })
  })
})
