/// <reference types="node" />
/**
 * Real AWS clients that nobody here wrote — the AWS CLI v2 (/usr/bin/aws), the AWS SDK for
 * JavaScript v3 and boto3 (/usr/bin/python3) — call `irsa-lab sts` for the blog scenario, one
 * request per outcome the engine can give. What each prints must equal what the app shows for the
 * same scenario and request: the verdict's "As the AWS CLI prints it" (stdout for credentials,
 * stderr and exit code for errors, including the CLI's own parameter validation), and the SDK
 * texts under the verdict. Where they differ, the real client is right.
 *
 * .ci/run installs the Debian packages awscli and python3-boto3 when they are missing.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { inspect } from 'node:util'
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { fromWebToken } from '@aws-sdk/credential-provider-web-identity'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { simulate, type Trace } from '../engine'
import { awsCliRun, cliParamValidation } from '../ui/format/awsCli'
import {
  formatBoto3Error,
  formatBoto3ParamValidation,
  formatBoto3Response,
  formatJsV3Credentials,
  formatJsV3Error,
} from '../ui/format/sdkErrors'
import { startStsServer, type StsServer } from './sts'
import { appScenario, stsMaterial, type StsCase } from './testing'

const AWS = '/usr/bin/aws'
const PYTHON = '/usr/bin/python3'
const REGION = 'ap-northeast-2'
/** A clean environment: no profile, no credentials (the call is unsigned), no pager. */
const ENV = {
  PATH: '/usr/bin:/bin',
  HOME: process.env.HOME ?? '/tmp',
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  AWS_REGION: REGION,
  AWS_PAGER: '',
  AWS_EC2_METADATA_DISABLED: 'true',
  TZ: 'UTC',
}
const HANG_GUARD = 240_000

interface Run {
  code: number
  stdout: string
  stderr: string
}

function run(file: string, args: string[], input?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      file,
      args,
      { env: ENV, maxBuffer: 10 * 1024 * 1024, timeout: HANG_GUARD },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
          stdout,
          stderr,
        }),
    )
    if (input !== undefined) child.stdin?.end(input)
  })
}

/** Runs `task` over `items`, `limit` at a time (2 cores, shared). */
async function pool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await task(items[i]!)
    }
  }
  await Promise.all(Array.from({ length: limit }, worker))
  return results
}

/** boto3, one interpreter for every case: the return value's repr or the exception's last line. */
const BOTO3_SCRIPT = `
import json, sys, traceback
import boto3
from botocore import UNSIGNED
from botocore.config import Config
cases = json.load(sys.stdin)
client = boto3.client('sts', region_name='${REGION}', endpoint_url=sys.argv[1],
                      config=Config(signature_version=UNSIGNED, retries={'max_attempts': 1}))
out = []
for c in cases:
    kwargs = dict(RoleArn=c['roleArn'], RoleSessionName=c['roleSessionName'], WebIdentityToken=c['token'])
    if c.get('durationSeconds') is not None:
        kwargs['DurationSeconds'] = c['durationSeconds']
    try:
        response = client.assume_role_with_web_identity(**kwargs)
        response.pop('ResponseMetadata')
        out.append(repr(response))
    except Exception as e:
        out.append(''.join(traceback.format_exception_only(type(e), e)).rstrip('\\n'))
print(json.dumps(out))
`

let server: StsServer
let endpoint: string
let cases: StsCase[]
/** What the app shows for each case: the trace of the same scenario with the same request. */
let traces: Trace[]
const log: string[] = []

beforeAll(async () => {
  const material = await stsMaterial()
  cases = material.cases
  traces = await Promise.all(cases.map((c) => simulate(appScenario(material.scenario, c))))
  server = await startStsServer(material.scenario, { port: 0, log: (line) => log.push(line) })
  endpoint = `http://127.0.0.1:${server.port}`
}, HANG_GUARD)

afterAll(async () => {
  await server?.close()
})

describe('the engine covers every outcome with these cases', () => {
  it('issues credentials, refuses on the client, and returns each error code the engine has', () => {
    const seen = new Set(
      cases.map((c, i) =>
        cliParamValidation({ ...c, webIdentityToken: c.token }).length > 0
          ? 'client validation'
          : (traces[i]!.error?.code ?? (traces[i]!.outcome === 'issued' ? 'credentials' : '?')),
      ),
    )
    expect(cases.map((c, i) => [c.name, traces[i]!.error?.code ?? traces[i]!.outcome])).toEqual(
      cases.map((c) => [
        c.name,
        c.expect === 'credentials'
          ? 'issued'
          : c.expect === 'client validation'
            ? 'ValidationError'
            : c.expect,
      ]),
    )
    expect([...seen].sort()).toEqual(
      [
        'AccessDenied',
        'ExpiredTokenException',
        'InvalidIdentityToken',
        'ValidationError',
        'client validation',
        'credentials',
      ].sort(),
    )
  })
})

/** The cases the AWS CLI runs, with their index in `cases`. */
const cliCases = () => cases.filter((c) => c.cli !== false)

describe('AWS CLI v2: aws sts assume-role-with-web-identity', () => {
  let runs: Run[]
  beforeAll(async () => {
    runs = await pool(cliCases(), 2, (c) =>
      run(AWS, [
        'sts',
        'assume-role-with-web-identity',
        '--endpoint-url',
        endpoint,
        '--role-arn',
        c.roleArn,
        '--role-session-name',
        c.roleSessionName,
        '--web-identity-token',
        c.token,
        ...(c.durationSeconds !== undefined
          ? ['--duration-seconds', String(c.durationSeconds)]
          : []),
      ]),
    )
  }, HANG_GUARD)

  it('is installed (apt-get install awscli; .ci/run does it)', () => {
    expect(existsSync(AWS), `${AWS} is missing`).toBe(true)
  })

  it('prints, character for character, what the verdict shows (stdout, stderr, exit code)', () => {
    const shown = cliCases().map((c) => {
      const cli = awsCliRun(traces[cases.indexOf(c)]!, c.token)
      return { name: c.name, code: cli?.exitCode, stdout: cli?.stdout, stderr: cli?.stderr }
    })
    const printed = cliCases().map((c, i) => ({
      name: c.name,
      code: runs[i]!.code,
      stdout: runs[i]!.stdout,
      stderr: runs[i]!.stderr,
    }))
    expect(printed).toEqual(shown)
  })

  it('exits 252 when it refuses the request itself, 254 on a service error', () => {
    const ran = (name: string) => runs[cliCases().findIndex((c) => c.name === name)]
    expect(ran('1-character session name')).toEqual({
      code: 252,
      stdout: '',
      stderr:
        '\nParameter validation failed:\nInvalid length for parameter RoleSessionName, value: 1, valid min length: 2\n',
    })
    expect(ran('audience my-app')?.code).toBe(254)
  })
})

describe('AWS SDK for JavaScript v3', () => {
  const client = () => new STSClient({ region: REGION, endpoint, maxAttempts: 1 })

  it(
    'STSClient: the error it throws reads as the app shows it (name: message)',
    async () => {
      const sts = client()
      const thrown = await pool(cases, 4, async (c) => {
        try {
          await sts.send(
            new AssumeRoleWithWebIdentityCommand({
              RoleArn: c.roleArn,
              RoleSessionName: c.roleSessionName,
              WebIdentityToken: c.token,
              ...(c.durationSeconds !== undefined ? { DurationSeconds: c.durationSeconds } : {}),
            }),
          )
          return 'issued'
        } catch (error) {
          // The SDK does not validate lengths: STS answers every request.
          return String(error)
        }
      })
      expect(thrown).toEqual(
        traces.map((trace) => (trace.error ? formatJsV3Error(trace.error) : 'issued')),
      )
    },
    HANG_GUARD,
  )

  it(
    'fromWebToken: the credentials it resolves to, and its errors, read as the app shows them',
    async () => {
      const results = await pool(cases, 4, async (c) => {
        try {
          const credentials = await fromWebToken({
            roleArn: c.roleArn,
            roleSessionName: c.roleSessionName,
            webIdentityToken: c.token,
            ...(c.durationSeconds !== undefined ? { durationSeconds: c.durationSeconds } : {}),
            clientConfig: { region: REGION, endpoint, maxAttempts: 1 },
          })()
          // `$source` is the provider's internal feature tracking for the user agent.
          const shown: Record<string, unknown> = { ...credentials }
          delete shown.$source
          return inspect(shown)
        } catch (error) {
          return String(error)
        }
      })
      expect(results).toEqual(
        traces.map((trace) =>
          trace.response ? formatJsV3Credentials(trace.response) : formatJsV3Error(trace.error!),
        ),
      )
    },
    HANG_GUARD,
  )
})

describe('boto3 (Debian python3-boto3)', () => {
  it(
    'returns and raises what the app shows (repr of the response, last traceback line)',
    async () => {
      const result = await run(
        PYTHON,
        ['-c', BOTO3_SCRIPT, endpoint],
        JSON.stringify(
          cases.map((c) => ({
            roleArn: c.roleArn,
            roleSessionName: c.roleSessionName,
            token: c.token,
            durationSeconds: c.durationSeconds ?? null,
          })),
        ),
      )
      expect(result.stderr).toBe('')
      const printed = JSON.parse(result.stdout) as string[]
      expect(printed).toEqual(
        cases.map((c, i) => {
          const trace = traces[i]!
          if (trace.response) return formatBoto3Response(trace.response)
          const lines = cliParamValidation({ ...c, webIdentityToken: c.token })
          return lines.length > 0
            ? formatBoto3ParamValidation(lines)
            : formatBoto3Error(trace.error!)
        }),
      )
    },
    HANG_GUARD,
  )
})

describe('the endpoint', () => {
  it('logged one line per request that reached it, with the outcome, code and failing step', () => {
    const audience = log.filter((l) =>
      l.includes(' denied 400 InvalidIdentityToken at sts.audience'),
    )
    // Each client sent each request once (no retries): the STS client, the credential provider
    // and boto3 every case, the CLI those it runs.
    const atAudience = cases.filter((_, i) =>
      traces[i]!.steps.some((s) => s.id === 'sts.audience' && s.status === 'fail'),
    )
    expect(audience).toHaveLength(
      atAudience.length * 3 + atAudience.filter((c) => c.cli !== false).length,
    )
    expect(
      log.some((l) => / issued 200 role=arn:aws:iam::123456789012:role\/example-role /.test(l)),
    ).toBe(true)
  })
})
