/**
 * Issue #16: an imported scenario lacks what the paste did not hold; the engine reports each check
 * that needs it as unknown (a skipped step with data.notProvided, an input.not-provided finding at
 * the input's source) instead of deciding it on placeholder values.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { generateClusterKey } from '../jwt'
import { simulate } from '../simulate'
import {
  ACCOUNT,
  baseScenario,
  issueToken,
  trustPolicy,
  type ClusterKey,
} from '../testing/scenarioFixtures'
import type { Scenario, Trace } from '../types'

let key: ClusterKey
let token: string
beforeAll(async () => {
  key = await generateClusterKey()
  token = await issueToken(key)
}, 30_000)

const step = (trace: Trace, id: string) => trace.steps.find((s) => s.id === id)
const notProvided = (trace: Trace) =>
  trace.findings
    .filter((f) => f.code === 'input.not-provided')
    .map((f) => ({ source: f.source, pointer: f.pointer, data: f.data }))

/** A running pod as `kubectl get pod -o yaml` prints it after the webhook mutated it. */
const MUTATED_POD = `apiVersion: v1
kind: Pod
metadata:
  name: example-pod
  namespace: example
  uid: 0b0f7b1e-5a4c-4d38-9a57-1c2d3e4f5a6b
  creationTimestamp: "2026-11-29T11:00:00Z"
spec:
  serviceAccountName: example-sa
  containers:
  - name: app
    image: public.ecr.aws/aws-cli/aws-cli:2.9.0
    env:
    - name: AWS_STS_REGIONAL_ENDPOINTS
      value: regional
    - name: AWS_DEFAULT_REGION
      value: ap-northeast-2
    - name: AWS_REGION
      value: ap-northeast-2
    - name: AWS_ROLE_ARN
      value: arn:aws:iam::${ACCOUNT}:role/example-role
    - name: AWS_WEB_IDENTITY_TOKEN_FILE
      value: /var/run/secrets/eks.amazonaws.com/serviceaccount/token
    volumeMounts:
    - mountPath: /var/run/secrets/eks.amazonaws.com/serviceaccount
      name: aws-iam-token
      readOnly: true
  volumes:
  - name: aws-iam-token
    projected:
      sources:
      - serviceAccountToken:
          audience: sts.amazonaws.com
          expirationSeconds: 86400
          path: token
status:
  phase: Running
`

describe('inputs not provided', () => {
  it('a scenario that lacks nothing runs as before (no unknown)', async () => {
    const trace = await simulate({ ...baseScenario(key, token), notProvided: ['jwks'] })
    // The JWKS is filled in: listed but not empty, so provided.
    expect(trace.outcome).toBe('issued')
    expect(trace.unknown).toBeUndefined()
    expect(notProvided(trace)).toEqual([])
  }, 30_000)

  it('no token: the chain stops at the STS request as unknown, not as a malformed token', async () => {
    const scenario: Scenario = { ...baseScenario(key, ''), notProvided: ['token'] }
    const trace = await simulate(scenario)
    expect(trace.outcome).toBe('invalid-input')
    expect(trace.error).toBeUndefined()
    expect(trace.unknown).toEqual({ inputs: ['token'], steps: ['kubelet.token', 'sts.request'] })
    expect(step(trace, 'sts.request')).toMatchObject({
      status: 'skip',
      data: { notProvided: ['token'] },
      refs: [{ source: 'token', pointer: '' }],
    })
    expect(notProvided(trace)).toEqual([
      { source: 'token', pointer: '', data: { variant: 'token' } },
    ])
    expect(trace.findings.some((f) => f.source === 'token' && f.code.startsWith('jwt.'))).toBe(
      false,
    )
    // Every later stage is listed, skipped.
    expect(step(trace, 'trust.evaluate')?.status).toBe('skip')
  }, 30_000)

  it('no JWKS: key and signature unknown, a trust condition that fails still denies', async () => {
    const scenario: Scenario = {
      ...baseScenario(key, token),
      cluster: { issuer: baseScenario(key, token).cluster.issuer, jwks: { keys: [] } },
      notProvided: ['jwks'],
    }
    scenario.aws.roles[0]!.trustPolicy = trustPolicy('system:serviceaccount:example:other-sa')
    const trace = await simulate(scenario)
    expect(trace.outcome).toBe('denied')
    expect(trace.error?.code).toBe('AccessDenied')
    expect(trace.unknown).toEqual({
      inputs: ['jwks'],
      steps: ['oidc.jwks', 'jwt.key', 'jwt.signature'],
    })
    expect(step(trace, 'jwt.signature')).toMatchObject({
      status: 'skip',
      data: { notProvided: ['jwks'] },
    })
    expect(notProvided(trace)).toEqual([{ source: 'jwks', pointer: '', data: { variant: 'jwks' } }])
  }, 30_000)

  it('no JWKS and every other check passes: no credentials, the verdict is unknown', async () => {
    const scenario: Scenario = {
      ...baseScenario(key, token),
      cluster: { issuer: baseScenario(key, token).cluster.issuer, jwks: { keys: [] } },
      notProvided: ['jwks'],
    }
    const trace = await simulate(scenario)
    expect(trace.outcome).toBe('invalid-input')
    expect(trace.response).toBeUndefined()
    expect(step(trace, 'sts.credentials')).toMatchObject({
      status: 'skip',
      data: { unknownSteps: ['oidc.jwks', 'jwt.key', 'jwt.signature'] },
    })
    expect(trace.unknown?.steps.at(-1)).toBe('sts.credentials')
  }, 30_000)

  it('no provider list and no role: the chain stops at the provider, the role is not invented', async () => {
    const scenario: Scenario = { ...baseScenario(key, token), notProvided: ['oidcProviders'] }
    scenario.aws.oidcProviders = []
    const trace = await simulate(scenario)
    expect(trace.outcome).toBe('invalid-input')
    expect(trace.error).toBeUndefined()
    expect(step(trace, 'iam.provider')).toMatchObject({
      status: 'skip',
      data: { notProvided: ['oidcProviders'] },
      refs: [{ source: 'oidcProvider', pointer: '' }],
    })
    expect(notProvided(trace)).toEqual([
      {
        source: 'oidcProvider',
        pointer: '',
        data: { variant: 'oidcProviders' },
      },
    ])
  }, 30_000)

  it('no trust policy: iam.role unknown (not NoSuchEntity, not a parse error)', async () => {
    const scenario: Scenario = { ...baseScenario(key, token), notProvided: ['trustPolicy'] }
    scenario.aws.roles[0]!.trustPolicy = ''
    const trace = await simulate(scenario)
    expect(trace.outcome).toBe('invalid-input')
    expect(step(trace, 'iam.role')).toMatchObject({ status: 'skip' })
    expect(notProvided(trace).map((f) => f.data?.variant)).toEqual(['trustPolicy'])
    expect(trace.findings.filter((f) => f.source === 'trustPolicy').map((f) => f.code)).toEqual([
      'input.not-provided',
    ])
  }, 30_000)

  it('no permission policy: credentials issued, the API call unknown (not AccessDenied)', async () => {
    const scenario: Scenario = { ...baseScenario(key, token), notProvided: ['permissionPolicy'] }
    scenario.aws.roles[0]!.permissionPolicies = []
    const trace = await simulate(scenario)
    expect(trace.outcome).toBe('issued')
    expect(trace.call).toBeUndefined()
    expect(step(trace, 'api.call')).toMatchObject({
      status: 'skip',
      data: { notProvided: ['permissionPolicy'] },
    })
    expect(trace.unknown).toEqual({ inputs: ['permissionPolicy'], steps: ['api.call'] })
  }, 30_000)

  it('no ServiceAccount and no pod: the webhook is unknown and the SDK is not blamed', async () => {
    const scenario: Scenario = { ...baseScenario(key, token), notProvided: ['serviceAccount'] }
    scenario.serviceAccount = ''
    const trace = await simulate(scenario)
    expect(trace.outcome).toBe('invalid-input')
    expect(step(trace, 'webhook.mutate')?.status).toBe('skip')
    expect(trace.findings.map((f) => f.code)).not.toContain('sdk.no-web-identity')
    expect(notProvided(trace)).toEqual([
      {
        source: 'serviceAccount',
        pointer: '',
        data: { variant: 'serviceAccount' },
      },
    ])
  }, 30_000)

  it('no ServiceAccount but a running mutated pod: its env names the role, the chain goes on', async () => {
    const scenario: Scenario = {
      ...baseScenario(key, token),
      pod: MUTATED_POD,
      notProvided: ['serviceAccount'],
    }
    scenario.serviceAccount = ''
    const trace = await simulate(scenario)
    expect(step(trace, 'webhook.mutate')).toMatchObject({ status: 'skip' })
    expect(step(trace, 'sdk.credential-chain')).toMatchObject({
      status: 'pass',
      data: { roleArn: `arn:aws:iam::${ACCOUNT}:role/example-role` },
    })
    expect(trace.outcome).toBe('invalid-input')
    expect(step(trace, 'sts.credentials')?.status).toBe('skip')
  }, 30_000)
})

describe('a running pod the webhook already mutated', () => {
  it('is recognised as mutated: no pod.existing-not-mutated, credentials issued', async () => {
    const trace = await simulate({ ...baseScenario(key, token), pod: MUTATED_POD })
    expect(step(trace, 'webhook.mutate')).toMatchObject({
      status: 'info',
      data: { existing: true, wouldInject: false },
    })
    expect(trace.findings.map((f) => f.code)).not.toContain('pod.existing-not-mutated')
    expect(trace.outcome).toBe('issued')
  }, 30_000)

  it('without the regional-STS variable (an older webhook) is still mutated', async () => {
    const pod = MUTATED_POD.replace(
      '    - name: AWS_STS_REGIONAL_ENDPOINTS\n      value: regional\n',
      '',
    )
    const trace = await simulate({ ...baseScenario(key, token), pod })
    expect(trace.findings.map((f) => f.code)).not.toContain('pod.existing-not-mutated')
  }, 30_000)

  it('a running pod created before the annotation still gets the finding at /metadata', async () => {
    const pod = MUTATED_POD.split('    env:')[0]! + 'status:\n  phase: Running\n'
    const trace = await simulate({ ...baseScenario(key, token), pod })
    expect(step(trace, 'webhook.mutate')?.data).toMatchObject({ existing: true, wouldInject: true })
    expect(trace.findings).toContainEqual(
      expect.objectContaining({ code: 'pod.existing-not-mutated', pointer: '/metadata' }),
    )
  }, 30_000)
})
