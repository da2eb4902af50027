/// <reference types="node" />
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { simulate, type Scenario } from '../engine'
import { draftFromScenario } from '../scenarios/draft'
import { scenarioFileText } from '../scenarios/export/scenarioFile'
import { ACCOUNT_ID, ISSUER, ROLE_ARN } from '../scenarios/presets/blog'
import { awsCliRun } from '../ui/format/awsCli'
import type { CliIo } from './command'
import { main } from './main'
import { appScenario, stsMaterial, NOW } from './testing'

const HANG_GUARD = 60_000
let dir: string
let scenario: Scenario
const files: Record<string, string> = {}

async function cli(...args: string[]) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) }
  const code = await main(args, io)
  return { code, stdout, stderr }
}

const write = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  files[name] = path
  return path
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'irsa-lab-check-'))
  const material = await stsMaterial()
  scenario = material.scenario
  const audience = material.cases.find((c) => c.name === 'audience my-app')!
  const session = material.cases.find((c) => c.name === '1-character session name')!
  write('issued.json', JSON.stringify(scenario))
  write('export.json', scenarioFileText(draftFromScenario(scenario)))
  write('audience.json', scenarioFileText(draftFromScenario(appScenario(scenario, audience))))
  write('session.json', JSON.stringify(appScenario(scenario, session)))
  write('garbage.json', '{ "hello": ')
  write('unusable.json', JSON.stringify({ ...scenario, serviceAccount: '- a\n- b' }))
  // What a user pastes from a real cluster: the token, the ServiceAccount, the issuer's keys,
  // `aws iam get-open-id-connect-provider` and `aws iam get-role`.
  write(
    'paste.txt',
    [
      '$ kubectl create token example-sa -n example --audience sts.amazonaws.com',
      scenario.token,
      '$ kubectl get serviceaccount example-sa -n example -o yaml',
      scenario.serviceAccount,
      `$ curl -s ${ISSUER}/keys`,
      JSON.stringify(scenario.cluster.jwks, null, 2),
      '$ aws iam get-open-id-connect-provider --open-id-connect-provider-arn arn:…',
      JSON.stringify(
        {
          Url: ISSUER.replace('https://', ''),
          ClientIDList: ['sts.amazonaws.com'],
          ThumbprintList: [],
        },
        null,
        2,
      ),
      '$ aws iam get-role --role-name example-role',
      JSON.stringify(
        {
          Role: {
            Path: '/',
            RoleName: 'example-role',
            RoleId: 'AROAEXAMPLEEXAMPLE123',
            Arn: ROLE_ARN,
            CreateDate: '2026-11-01T00:00:00+00:00',
            AssumeRolePolicyDocument: JSON.parse(scenario.aws.roles[0]!.trustPolicy),
            MaxSessionDuration: 3600,
          },
        },
        null,
        2,
      ),
    ].join('\n'),
  )
  write('token-only.txt', scenario.token)
}, HANG_GUARD)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('irsa-lab check', () => {
  it('exits 0 and prints the credentials as the AWS CLI does for a Scenario JSON', async () => {
    const run = await cli('check', '--scenario', files['issued.json']!)
    expect(run.code).toBe(0)
    const trace = await simulate(scenario)
    expect(run.stdout).toContain('✔ Credentials issued')
    expect(run.stdout).toContain(awsCliRun(trace, scenario.token)!.stdout.trimEnd())
  })

  it('reads a scenario file as the app exports it', async () => {
    const run = await cli('check', '--scenario', files['export.json']!)
    expect(run.code).toBe(0)
  })

  it('exits 1 with the failing step, why, the fix and the CLI error', async () => {
    const run = await cli('check', '--scenario', files['audience.json']!)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('✘ STS refused: InvalidIdentityToken (HTTP 400)')
    expect(run.stdout).toContain('Stopped at: sts.audience')
    expect(run.stdout).toContain('my-app')
    expect(run.stdout).toMatch(/^Fix: .+/m)
    expect(run.stdout).toContain(
      'As the AWS CLI prints it (exit 254):\nAn error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience',
    )
  })

  it('shows what the CLI refuses itself', async () => {
    const run = await cli('check', '--scenario', files['session.json']!)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      'As the AWS CLI prints it (exit 252):\nParameter validation failed:\nInvalid length for parameter RoleSessionName, value: 1, valid min length: 2',
    )
  })

  it('--json prints the trace', async () => {
    const run = await cli('check', '--scenario', files['audience.json']!, '--json')
    expect(run.code).toBe(1)
    const trace = JSON.parse(run.stdout)
    expect(trace.error).toEqual({
      code: 'InvalidIdentityToken',
      message: 'Incorrect token audience',
      httpStatus: 400,
    })
    expect(trace.steps.find((s: { status: string }) => s.status === 'fail').id).toBe('sts.audience')
  })

  it('--now moves the clock', async () => {
    const run = await cli(
      'check',
      '--scenario',
      files['issued.json']!,
      '--now',
      '2026-12-30T00:00:00Z',
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('ExpiredTokenException')
  })

  it('reads pasted kubectl, aws and curl output as the app imports it', async () => {
    const run = await cli('check', '--paste', files['paste.txt']!, '--now', NOW)
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain(`arn:aws:sts::${ACCOUNT_ID}:assumed-role/example-role/`)
    expect(run.code).toBe(0)
  })

  it('says what a paste still needs (exit 2)', async () => {
    const run = await cli('check', '--paste', files['token-only.txt']!, '--now', NOW)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('kubectl get serviceaccount example-sa -n example -o yaml')
  })

  it.each([
    [['check'], 'give one of --scenario FILE or --paste FILE'],
    [['check', '--scenario', '/nonexistent/irsa-lab.json'], 'cannot read'],
    [['check', '--scenario', 'GARBAGE'], 'not JSON'],
    [['check', '--scenario', 'SCENARIO', '--now', 'yesterday'], '--now must be'],
    [['check', '--bogus'], "Unknown option '--bogus'"],
    [['nope'], "unknown command 'nope'"],
  ])('exits 2 on bad input: %j', async (args, message) => {
    const resolved = args.map((a) =>
      a === 'GARBAGE' ? files['garbage.json']! : a === 'SCENARIO' ? files['issued.json']! : a,
    )
    const run = await cli(...resolved)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(message)
  })

  it('exits 2 when the scenario cannot be simulated', async () => {
    const run = await cli('check', '--scenario', files['unusable.json']!)
    expect(run.code).toBe(2)
    expect(run.stdout).toContain('The scenario cannot be simulated')
  })
})
