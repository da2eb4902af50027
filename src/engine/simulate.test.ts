import { beforeAll, describe, expect, it } from 'vitest'
import { generateClusterKey } from './jwt'
import { simulate } from './simulate'
import {
  ACCOUNT,
  ISSUER,
  NOW,
  PROVIDER_ARN,
  baseScenario,
  issueToken,
  serviceAccountYaml,
  tamperPayload,
  trustPolicy,
  type ClusterKey,
} from './testing/scenarioFixtures'
import type { Scenario, Step, Trace } from './types'

let key: ClusterKey
let otherKey: ClusterKey
let token: string

beforeAll(async () => {
  ;[key, otherKey] = await Promise.all([generateClusterKey('RS256'), generateClusterKey('RS256')])
  token = await issueToken(key)
})

const failedStep = (trace: Trace) => trace.steps.find((s) => s.status === 'fail')?.id
const codes = (trace: Trace) => trace.findings.map((f) => f.code)

describe(simulate, () => {
  it('issues credentials on the happy path of the blog post', async () => {
    // When
    const trace = await simulate(baseScenario(key, token))
    // Then
    expect(trace.outcome).toBe('issued')
    expect(trace.error).toBeUndefined()
    expect(trace.steps.filter((s) => s.status === 'fail' || s.status === 'skip')).toEqual([])
    expect(trace.response).toMatchObject({
      SubjectFromWebIdentityToken: 'system:serviceaccount:example:example-sa',
      Audience: 'sts.amazonaws.com',
      Provider: PROVIDER_ARN,
      AssumedRoleUser: {
        Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/example-role/botocore-session-1795953660`,
      },
      Credentials: { Expiration: '2026-11-29T13:01:00+00:00' },
    })
    expect(trace.response?.AssumedRoleUser.AssumedRoleId).toMatch(
      /^AROA[A-Z2-7]{17}:botocore-session-1795953660$/,
    )
    expect(trace.call?.decision).toBe('Allow')
    expect(trace.steps.map((s) => s.kind)).toEqual([
      'webhook.inject',
      'kubelet.project-token',
      'sdk.chain',
      'sts.call',
      'jwt.decode',
      'iam.provider-lookup',
      'sts.audience',
      'oidc.discovery',
      'oidc.jwks',
      'jwt.key-select',
      'jwt.signature',
      'jwt.time',
      'iam.role-lookup',
      'trust.statement',
      'trust.condition',
      'trust.condition',
      'trust.decision',
      'sts.duration',
      'sts.credentials',
      'api.call',
    ])
  })

  it('gives the same trace for the same scenario at the same instant', async () => {
    const scenario = baseScenario(key, token)
    expect(await simulate(scenario)).toEqual(await simulate(structuredClone(scenario)))
  })

  it('takes the instant from options before the scenario', async () => {
    const trace = await simulate(baseScenario(key, token), { now: '2026-11-30T13:00:00Z' })
    expect(trace.error?.code).toBe('ExpiredTokenException')
  })

  type Case = {
    name: string
    edit: (s: Scenario) => Promise<void> | void
    error?: { code: string; message: string | RegExp; httpStatus: number }
    failed?: string
    findings?: string[]
  }
  const denied: Case[] = [
    {
      name: 'wrong namespace in the trust policy',
      edit: (s) =>
        void (s.aws.roles[0]!.trustPolicy = trustPolicy(
          'system:serviceaccount:default:example-sa',
        )),
      error: {
        code: 'AccessDenied',
        message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
        httpStatus: 403,
      },
      failed: 'trust.statement.0',
      findings: ['sts.trust.denied'],
    },
    {
      name: 'StringEquals with a wildcard',
      edit: (s) =>
        void (s.aws.roles[0]!.trustPolicy = trustPolicy('system:serviceaccount:example:*')),
      error: {
        code: 'AccessDenied',
        message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
        httpStatus: 403,
      },
      failed: 'trust.statement.0',
      findings: ['sts.trust.denied'],
    },
    {
      name: 'a default Kubernetes token (audience of the API server)',
      edit: async (s) =>
        void (s.token = await issueToken(key, { audiences: ['https://kubernetes.default.svc'] })),
      error: { code: 'InvalidIdentityToken', message: 'Incorrect token audience', httpStatus: 400 },
      failed: 'sts.audience',
      findings: ['sts.audience.mismatch'],
    },
    {
      name: 'provider client ID wrong',
      edit: (s) => void (s.aws.oidcProviders[0]!.clientIds = ['sts.amazon.com']),
      error: { code: 'InvalidIdentityToken', message: 'Incorrect token audience', httpStatus: 400 },
      failed: 'sts.audience',
    },
    {
      name: 'no OIDC provider in the account',
      edit: (s) => void (s.aws.oidcProviders = []),
      error: {
        code: 'InvalidIdentityToken',
        message: `No OpenIDConnect provider found in your account for ${ISSUER}`,
        httpStatus: 400,
      },
      failed: 'iam.provider',
      findings: ['sts.provider.not-found'],
    },
    {
      name: 'role in another account (cross-account without a provider there)',
      edit: (s) =>
        void (s.serviceAccount = serviceAccountYaml(
          'example-sa',
          'example',
          'arn:aws:iam::210987654321:role/example-role',
        )),
      error: {
        code: 'InvalidIdentityToken',
        message: `No OpenIDConnect provider found in your account for ${ISSUER}`,
        httpStatus: 400,
      },
      failed: 'iam.provider',
    },
    {
      // Past exp by more than the five-minute skew IAM documents (exp 1796040000).
      name: 'expired token',
      edit: (s) => void (s.now = '2026-11-30T12:05:01Z'),
      error: {
        code: 'ExpiredTokenException',
        message:
          'Token expired: current date/time 1796040301 must be before the expiration date/time1796040000',
        httpStatus: 400,
      },
      failed: 'jwt.time',
      findings: ['sts.token.expired'],
    },
    {
      name: 'tampered payload',
      edit: (s) =>
        void (s.token = tamperPayload(
          s.token,
          (p) => (p.sub = 'system:serviceaccount:kube-system:admin'),
        )),
      error: { code: 'InvalidIdentityToken', message: 'Token signature invalid', httpStatus: 400 },
      failed: 'jwt.signature',
    },
    {
      name: 'signing key rotated (unknown kid)',
      edit: (s) =>
        void (s.cluster.jwks = { keys: [otherKey.publicJwk as Record<string, unknown>] }),
      error: {
        code: 'InvalidIdentityToken',
        message: /^Couldn't retrieve verification key from your identity provider, {2}please/,
        httpStatus: 400,
      },
      failed: 'jwt.key',
    },
    {
      name: 'empty JWKS',
      edit: (s) => void (s.cluster.jwks = { keys: [] }),
      error: {
        code: 'InvalidIdentityToken',
        message: /^Couldn't retrieve verification key/,
        httpStatus: 400,
      },
      failed: 'oidc.jwks',
    },
    {
      name: 'explicit Deny in the trust policy',
      edit: (s) =>
        void (s.aws.roles[0]!.trustPolicy = trustPolicy(undefined, undefined, [
          {
            Effect: 'Deny',
            Principal: { Federated: PROVIDER_ARN },
            Action: 'sts:AssumeRoleWithWebIdentity',
          },
        ])),
      error: {
        code: 'AccessDenied',
        message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
        httpStatus: 403,
      },
      failed: 'trust.statement.1',
    },
    {
      name: 'DurationSeconds above the role maximum',
      edit: (s) => void (s.request = { durationSeconds: 7200 }),
      error: {
        code: 'ValidationError',
        message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
        httpStatus: 400,
      },
      failed: 'sts.duration',
    },
    {
      name: 'malformed role ARN annotation (injected anyway by the webhook)',
      edit: (s) =>
        void (s.serviceAccount = serviceAccountYaml(
          'example-sa',
          'example',
          'arn:aws:iam::::1234567890:role/example',
        )),
      error: { code: 'ValidationError', message: 'Request ARN is invalid', httpStatus: 400 },
      failed: 'sts.request',
      findings: ['sts.request.invalid-arn'],
    },
    {
      name: 'role that does not exist',
      edit: (s) => void (s.aws.roles[0]!.name = 'other-role'),
      error: {
        code: 'AccessDenied',
        message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
        httpStatus: 403,
      },
      failed: 'iam.role',
      findings: ['sts.role.not-found'],
    },
    {
      name: 'invalid session name',
      edit: (s) => void (s.request = { roleSessionName: 'my session' }),
      error: {
        code: 'ValidationError',
        message:
          "1 validation error detected: Value 'my session' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
        httpStatus: 400,
      },
      failed: 'sts.request',
    },
    {
      name: 'not a JWT',
      edit: (s) => void (s.token = 'this-is-not-a-token'),
      error: {
        code: 'InvalidIdentityToken',
        message: expect.any(String) as unknown as string,
        httpStatus: 400,
      },
      failed: 'sts.token',
    },
  ]

  it.each(denied)('denied: $name', async ({ edit, error, failed, findings }) => {
    // Given
    const scenario = baseScenario(key, token)
    await edit(scenario)
    // When
    const trace = await simulate(scenario)
    // Then
    expect(trace.outcome).toBe('denied')
    expect(trace.response).toBeUndefined()
    expect(trace.error).toEqual({
      ...error,
      message:
        error!.message instanceof RegExp ? expect.stringMatching(error!.message) : error!.message,
    })
    expect(failedStep(trace)).toBe(failed)
    for (const code of findings ?? []) expect(codes(trace)).toContain(code)
    // Everything after the failing check is still listed, as skipped.
    const failedIndex = trace.steps.findIndex((s) => s.status === 'fail')
    const after = trace.steps.slice(failedIndex + 1).filter((s) => !s.kind.startsWith('trust.'))
    expect(after.every((s) => s.status === 'skip')).toBe(true)
    expect(trace.steps.at(-1)?.id).toBe('api.call')
  })

  it('without the role-arn annotation the SDK never calls STS', async () => {
    const scenario = baseScenario(key, token)
    scenario.serviceAccount = serviceAccountYaml('example-sa', 'example', null)
    const trace = await simulate(scenario)
    expect(trace.outcome).toBe('denied')
    expect(trace.error).toBeUndefined()
    expect(failedStep(trace)).toBe('sdk.credential-chain')
    expect(codes(trace)).toContain('sdk.no-web-identity')
    expect(trace.steps.find((s) => s.id === 'webhook.mutate')?.status).toBe('info')
  })

  it('an existing pod created before the annotation keeps running without IRSA', async () => {
    // Given: the pod as `kubectl get pod -o yaml` prints it, created before the role-arn annotation
    const scenario = baseScenario(key, token)
    scenario.pod = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: example-pod',
      '  namespace: example',
      '  uid: 0b0f7b1e-5a4c-4d38-9a57-1c2d3e4f5a6b',
      'spec:',
      '  serviceAccountName: example-sa',
      '  containers:',
      '    - name: app',
      '      image: public.ecr.aws/docker/library/node:22',
      'status:',
      '  phase: Running',
    ].join('\n')
    // When
    const trace = await simulate(scenario)
    // Then
    expect(trace.steps.find((s) => s.id === 'webhook.mutate')).toMatchObject({
      status: 'info',
      data: { existing: true },
    })
    expect(failedStep(trace)).toBe('sdk.credential-chain')
    expect(trace.findings).toContainEqual(
      expect.objectContaining({ code: 'pod.existing-not-mutated', pointer: '/metadata' }),
    )
  })

  it('issues credentials but denies the upload without a permission policy', async () => {
    const scenario = baseScenario(key, token)
    scenario.aws.roles[0]!.permissionPolicies = []
    const trace = await simulate(scenario)
    expect(trace.outcome).toBe('issued')
    expect(trace.call?.decision).toBe('ImplicitDeny')
    expect(failedStep(trace)).toBe('api.call')
    const last: Step | undefined = trace.steps.at(-1)
    expect(last?.data?.error).toMatchObject({ code: 'AccessDenied' })
  })

  it('is invalid-input when the ServiceAccount cannot be read', async () => {
    const scenario = baseScenario(key, token)
    scenario.serviceAccount = 'metadata: [unclosed'
    const trace = await simulate(scenario)
    expect(trace.outcome).toBe('invalid-input')
    expect(codes(trace)).toContain('document.syntax')
    expect(trace.steps.every((s) => s.status === 'skip')).toBe(true)
  })

  it('reports where the annotation and the token disagree', async () => {
    const scenario = baseScenario(key, token)
    scenario.serviceAccount = serviceAccountYaml('other-sa')
    const trace = await simulate(scenario)
    expect(trace.findings).toContainEqual(
      expect.objectContaining({ code: 'token.subject-mismatch', pointer: '/payload/sub' }),
    )
  })

  it('evaluates the trust policy anew when the session name or the instant changes, the token the same', async () => {
    // Given a trust policy that names the session and ends at 12:30, and one token
    const policy = trustPolicy('system:serviceaccount:example:example-sa', 'StringEquals', [])
    const parsed = JSON.parse(policy) as { Statement: { Condition: Record<string, object> }[] }
    parsed.Statement[0]!.Condition.StringEquals = {
      ...parsed.Statement[0]!.Condition.StringEquals,
      'sts:RoleSessionName': 'alice',
    }
    parsed.Statement[0]!.Condition.DateLessThan = { 'aws:CurrentTime': '2026-11-29T12:30:00Z' }
    const scenario = (roleSessionName: string, now: string): Scenario => {
      const base = baseScenario(key, token)
      return {
        ...base,
        now,
        request: { roleSessionName },
        aws: {
          ...base.aws,
          roles: [{ ...base.aws.roles[0]!, trustPolicy: JSON.stringify(parsed) }],
        },
      }
    }
    const decision = async (roleSessionName: string, now: string) =>
      (await simulate(scenario(roleSessionName, now))).steps.find(
        (s) => s.kind === 'trust.decision',
      )?.status
    // Then each run decides on its own request, whatever ran before it
    expect(await decision('alice', NOW)).toBe('pass')
    expect(await decision('bob', NOW)).toBe('fail')
    expect(await decision('alice', NOW)).toBe('pass')
    expect(await decision('alice', '2026-11-29T12:40:00Z')).toBe('fail')
  })

  it('validates the request anew when only its duration or role ARN changes, the token the same', async () => {
    // Given one token and requests that differ in one parameter
    const run = (request: Scenario['request']) => simulate({ ...baseScenario(key, token), request })
    const roleArn = `arn:aws:iam::${ACCOUNT}:role/example-role`
    // Then each run validates its own request, whatever ran before it
    expect((await run({ roleArn, durationSeconds: 900 })).outcome).toBe('issued')
    expect((await run({ roleArn, durationSeconds: 899 })).error?.code).toBe('ValidationError')
    expect((await run({ roleArn, durationSeconds: 900 })).outcome).toBe('issued')
    const wrong = await run({
      roleArn: `arn:aws:iam::${ACCOUNT}:user/example-role`,
      durationSeconds: 900,
    })
    expect(codes(wrong)).toContain('sts.request.invalid-arn')
    expect((await run({ roleArn, durationSeconds: 900 })).response?.Credentials.Expiration).toBe(
      '2026-11-29T12:16:00+00:00',
    )
  })

  it('checks the API call anew when only its resource, its context or the role changes', async () => {
    // Given a permission policy that asks for the role and a VPC endpoint
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:PutObject',
          Resource: 'arn:aws:s3:::example-bucket/*',
          Condition: {
            StringEquals: { 'aws:SourceVpce': 'vpce-1' },
            ArnEquals: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/example-role` },
          },
        },
      ],
    })
    const run = (resource: string, vpce: string, role = 'example-role') => {
      const base = baseScenario(key, token)
      return simulate({
        ...base,
        aws: {
          ...base.aws,
          roles: [{ ...base.aws.roles[0]!, name: role, permissionPolicies: [policy] }],
        },
        request: { roleArn: `arn:aws:iam::${ACCOUNT}:role/${role}` },
        call: { action: 's3:PutObject', resource, context: { 'aws:SourceVpce': vpce } },
      })
    }
    const photo = 'arn:aws:s3:::example-bucket/photo.jpg'
    // Then each run decides on its own call, whatever ran before it
    expect((await run(photo, 'vpce-1')).call?.decision).toBe('Allow')
    expect((await run('arn:aws:s3:::other-bucket/photo.jpg', 'vpce-1')).call?.decision).toBe(
      'ImplicitDeny',
    )
    expect((await run(photo, 'vpce-2')).call?.decision).toBe('ImplicitDeny')
    const renamed = await run(photo, 'vpce-1', 'other-role')
    expect(renamed.outcome).toBe('issued')
    expect(renamed.call?.decision).toBe('ImplicitDeny')
    expect((await run(photo, 'vpce-1')).call?.decision).toBe('Allow')
  })

  it('records the session name default of botocore', async () => {
    const trace = await simulate(baseScenario(key, token))
    expect(trace.steps.find((s) => s.id === 'sdk.credential-chain')?.data).toMatchObject({
      roleSessionName: 'botocore-session-1795953660',
    })
    expect(trace.now).toBe(new Date(NOW).toISOString())
  })
})
