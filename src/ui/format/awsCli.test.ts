import { describe, expect, it } from 'vitest'
import type { Trace } from '../../engine'
import {
  awsCliRun,
  cliParamValidation,
  formatCliCredentials,
  formatCliError,
  formatCliErrorOutput,
} from './awsCli'

const audience = {
  code: 'InvalidIdentityToken',
  message: 'Incorrect token audience',
  httpStatus: 400,
}
const request = {
  roleArn: 'arn:aws:iam::123456789012:role/example-role',
  roleSessionName: 'botocore-session-1',
  webIdentityToken: 'eyJ.a.b',
}

describe(formatCliError, () => {
  it('prints the error as the AWS CLI does', () => {
    expect(formatCliError(audience)).toBe(
      'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience',
    )
  })

  it('is printed between two newlines on stderr', () => {
    expect(formatCliErrorOutput(audience)).toBe(`\n${formatCliError(audience)}\n`)
  })
})

describe(cliParamValidation, () => {
  it('checks the minimums of the STS model, in its member order', () => {
    expect(
      cliParamValidation({
        roleArn: 'arn',
        roleSessionName: 'a',
        webIdentityToken: 'abc',
        durationSeconds: 10,
      }),
    ).toEqual([
      'Invalid length for parameter RoleArn, value: 3, valid min length: 20',
      'Invalid length for parameter RoleSessionName, value: 1, valid min length: 2',
      'Invalid length for parameter WebIdentityToken, value: 3, valid min length: 4',
      'Invalid value for parameter DurationSeconds, value: 10, valid min value: 900',
    ])
  })

  it('leaves maximums and patterns to STS', () => {
    expect(
      cliParamValidation({ ...request, roleSessionName: 'x'.repeat(65), durationSeconds: 99999 }),
    ).toEqual([])
    expect(cliParamValidation({ ...request, roleSessionName: 'has space' })).toEqual([])
  })
})

const step = (data: Record<string, unknown>) => ({
  id: 'sts.request',
  kind: 'sts.call',
  actor: 'sdk' as const,
  status: 'fail' as const,
  title: '',
  refs: [],
  data,
})

describe(awsCliRun, () => {
  it('prints issued credentials as JSON indented by 4, then a newline', () => {
    const response = {
      Credentials: {
        AccessKeyId: 'ASIAEXAMPLE',
        SecretAccessKey: 's',
        SessionToken: 't',
        Expiration: '2026-11-29T13:01:00+00:00',
      },
      SubjectFromWebIdentityToken: 'system:serviceaccount:example:example-sa',
      AssumedRoleUser: { AssumedRoleId: 'AROAEXAMPLE:me', Arn: 'arn:aws:sts::1:assumed-role/r/me' },
      Provider: 'arn:aws:iam::1:oidc-provider/example.com',
      Audience: 'sts.amazonaws.com',
    }
    const run = awsCliRun({ outcome: 'issued', response, steps: [], findings: [] }, 'tok')
    expect(run).toEqual({ exitCode: 0, stdout: formatCliCredentials(response), stderr: '' })
    expect(run?.stdout.startsWith('{\n    "Credentials": {\n        "AccessKeyId"')).toBe(true)
    expect(run?.stdout.endsWith('}\n')).toBe(true)
  })

  it('refuses a 1-character session name itself (exit 252), whatever STS would say', () => {
    const trace: Trace = {
      outcome: 'denied',
      error: {
        code: 'ValidationError',
        message: '1 validation error detected: …',
        httpStatus: 400,
      },
      steps: [step({ roleArn: request.roleArn, roleSessionName: 'a' })],
      findings: [],
    }
    expect(awsCliRun(trace, ' eyJ.a.b\n')).toEqual({
      exitCode: 252,
      stdout: '',
      stderr:
        '\nParameter validation failed:\nInvalid length for parameter RoleSessionName, value: 1, valid min length: 2\n',
      paramValidation: [
        'Invalid length for parameter RoleSessionName, value: 1, valid min length: 2',
      ],
    })
  })

  it('prints the service error (exit 254) when the request passes its checks', () => {
    const trace: Trace = {
      outcome: 'denied',
      error: audience,
      steps: [step({ roleArn: request.roleArn, roleSessionName: 'me', durationSeconds: 3600 })],
      findings: [],
    }
    expect(awsCliRun(trace, 'eyJ.a.b')).toEqual({
      exitCode: 254,
      stdout: '',
      stderr: formatCliErrorOutput(audience),
    })
  })

  it('has nothing to print when STS was never called', () => {
    expect(awsCliRun({ outcome: 'denied', steps: [], findings: [] }, 'tok')).toBeUndefined()
  })
})
