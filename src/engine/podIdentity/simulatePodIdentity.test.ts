import { describe, expect, it } from 'vitest'
import { ACCOUNT, HOST_PATH, PROVIDER_ARN, tamperPayload } from '../testing/scenarioFixtures'
import { simulatePodIdentity } from './simulatePodIdentity'
import { podIdentityScenario, podIdentityToken, podTrust, ROLE_ARN } from './testing'
import type { PodIdentityScenario } from './types'
import { findStep } from '../steps'

const NOW = '2026-11-29T12:01:00Z'
const BOTH = ['sts:AssumeRole', 'sts:TagSession']
const abac = (namespace: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: 's3:PutObject',
        Resource: 'arn:aws:s3:::example-bucket/*',
        Condition: { StringEquals: { 'aws:PrincipalTag/kubernetes-namespace': namespace } },
      },
    ],
  })
const withRole = (
  s: PodIdentityScenario,
  edit: Partial<PodIdentityScenario['aws']['roles'][0]>,
) => {
  s.aws.roles = [{ ...s.aws.roles[0]!, ...edit }]
  return s
}
const codes = (findings: { code: string }[]) => findings.map((f) => f.code)

describe('simulatePodIdentity: the happy path', () => {
  it('issues credentials through the agent and EKS Auth, with the six session tags', async () => {
    // Given the blog post's workload with a Pod Identity association
    const scenario = await podIdentityScenario()
    // When the pod asks for credentials
    const trace = await simulatePodIdentity(scenario, { now: NOW })
    // Then EKS Auth issues them and the upload is allowed
    expect(trace.outcome).toBe('issued')
    expect(trace.steps.map((s) => s.id)).toEqual([
      'webhook.mutate',
      'kubelet.token',
      'sdk.credential-chain',
      'agent.request',
      'agent.assume-role-for-pod-identity',
      'eksauth.signature',
      'eksauth.audience',
      'eksauth.time',
      'eksauth.association',
      'trust.action.sts:AssumeRole',
      'trust.action.sts:TagSession',
      'trust.evaluate',
      'eksauth.credentials',
      'agent.response',
      'api.call',
    ])
    expect(trace.steps.filter((s) => s.status === 'fail')).toEqual([])
    expect(trace.sessionTags).toEqual({
      'eks-cluster-arn': `arn:aws:eks:ap-northeast-2:${ACCOUNT}:cluster/example-cluster`,
      'eks-cluster-name': 'example-cluster',
      'kubernetes-namespace': 'example',
      'kubernetes-service-account': 'example-sa',
      'kubernetes-pod-name': 'example-pod',
      'kubernetes-pod-uid': '0b0f7b1e-5a4c-4d38-9a57-1c2d3e4f5a6b',
    })
    expect(Object.keys(trace.agentResponse!)).toEqual([
      'AccessKeyId',
      'SecretAccessKey',
      'Token',
      'AccountId',
      'Expiration',
    ])
    expect(trace.agentResponse!.AccountId).toBe(ACCOUNT)
    expect(trace.agentResponse!.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/)
    expect(trace.agentResponse!.Expiration).toBe('2026-11-29T18:01:00.000Z')
    expect(trace.call?.decision).toBe('Allow')
    expect(trace.findings.filter((f) => f.severity === 'error')).toEqual([])
  })

  it('is deterministic', async () => {
    const scenario = await podIdentityScenario()
    const [a, b] = await Promise.all([
      simulatePodIdentity(scenario, { now: NOW }),
      simulatePodIdentity(scenario, { now: NOW }),
    ])
    expect(a).toEqual(b)
  })

  it('the session name follows eks-<cluster>-<pod>-<uuid>, at most 64 characters', async () => {
    const trace = await simulatePodIdentity(await podIdentityScenario(), { now: NOW })
    const step = findStep(trace.steps, 'eksauth.credentials')!
    const name = step.data!.sessionName
    expect(name).toMatch(/^eks-example-cluster-example-pod-[0-9a-f-]+$/)
    expect(name.length).toBeLessThanOrEqual(64)
  })
})

interface Row {
  name: string
  edit: (s: PodIdentityScenario) => PodIdentityScenario | Promise<PodIdentityScenario>
  outcome: 'issued' | 'denied'
  error?: string
  message?: string
  failedStep?: string
  codes?: string[]
  call?: string
}

const rows: Row[] = [
  {
    name: 'ABAC: aws:PrincipalTag/kubernetes-namespace matches',
    edit: (s) => withRole(s, { permissionPolicies: [abac('example')] }),
    outcome: 'issued',
    call: 'Allow',
  },
  {
    name: 'ABAC: another namespace is denied the call',
    edit: (s) => withRole(s, { permissionPolicies: [abac('payments')] }),
    outcome: 'issued',
    call: 'ImplicitDeny',
    failedStep: 'api.call',
  },
  {
    name: 'expired token: ExpiredTokenException, verbatim',
    edit: (s) => ({ ...s, now: '2026-12-01T00:00:00Z' }),
    outcome: 'denied',
    error: 'ExpiredTokenException',
    message: 'The specified Kubernetes service account token is expired.',
    failedStep: 'eksauth.time',
    codes: ['podidentity.token.time'],
  },
  {
    name: 'IRSA audience: InvalidTokenException',
    edit: async (s) => ({
      ...s,
      token: await podIdentityToken({ audiences: ['sts.amazonaws.com'] }),
    }),
    outcome: 'denied',
    error: 'InvalidTokenException',
    failedStep: 'eksauth.audience',
    codes: ['podidentity.token.audience'],
  },
  {
    name: 'tampered token: the real signature check fails',
    edit: (s) => ({
      ...s,
      token: tamperPayload(s.token, (p) => (p.sub = 'system:serviceaccount:kube-system:admin')),
    }),
    outcome: 'denied',
    error: 'InvalidTokenException',
    failedStep: 'eksauth.signature',
    codes: ['podidentity.token.signature'],
  },
  {
    name: 'another cluster’s issuer: InvalidTokenException',
    edit: async (s) => ({
      ...s,
      token: await podIdentityToken({ issuer: 'https://oidc.eks.us-east-1.amazonaws.com/id/0000' }),
    }),
    outcome: 'denied',
    error: 'InvalidTokenException',
    failedStep: 'eksauth.signature',
    codes: ['podidentity.token.issuer'],
  },
  {
    name: 'no association: the webhook skips the pod, the SDK finds no container credentials',
    edit: (s) => ({ ...s, associations: [] }),
    outcome: 'denied',
    failedStep: 'sdk.credential-chain',
    codes: ['podidentity.sdk.no-container-credentials'],
  },
  {
    name: 'association deleted after the pod was created: ResourceNotFoundException',
    edit: (s) => ({
      ...s,
      associations: [{ ...s.associations[0]!, serviceAccount: 'other-sa' }],
      pod: JSON.stringify({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'example-pod', namespace: 'example', uid: 'x' },
        spec: {
          serviceAccountName: 'example-sa',
          containers: [
            {
              name: 'app',
              env: [
                {
                  name: 'AWS_CONTAINER_CREDENTIALS_FULL_URI',
                  value: 'http://169.254.170.23/v1/credentials',
                },
                {
                  name: 'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE',
                  value:
                    '/var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token',
                },
              ],
            },
          ],
        },
      }),
    }),
    outcome: 'denied',
    error: 'ResourceNotFoundException',
    failedStep: 'eksauth.association',
    codes: ['podidentity.association.missing'],
  },
  {
    name: 'association for another cluster: not injected, and reported at EKS Auth level only if reached',
    edit: (s) => ({ ...s, associations: [{ ...s.associations[0]!, clusterName: 'other' }] }),
    outcome: 'denied',
    failedStep: 'sdk.credential-chain',
    codes: ['podidentity.sdk.no-container-credentials'],
  },
  {
    name: 'trust without sts:TagSession: AccessDeniedException',
    edit: (s) => withRole(s, { trustPolicy: podTrust(['sts:AssumeRole']) }),
    outcome: 'denied',
    error: 'AccessDeniedException',
    failedStep: 'trust.action.sts:TagSession',
    codes: ['podidentity.trust.denied'],
  },
  {
    name: 'trust without sts:TagSession, session tags disabled: issued',
    edit: (s) => {
      withRole(s, {
        trustPolicy: podTrust(['sts:AssumeRole']),
        permissionPolicies: [abac('example')],
      })
      s.associations = [{ ...s.associations[0]!, disableSessionTags: true }]
      return s
    },
    outcome: 'issued',
    call: 'ImplicitDeny',
    failedStep: 'api.call',
  },
  {
    name: 'trust conditioned on aws:RequestTag/kubernetes-namespace: issued',
    edit: (s) =>
      withRole(s, {
        trustPolicy: podTrust(BOTH, {
          StringEquals: { 'aws:RequestTag/kubernetes-namespace': 'example' },
        }),
      }),
    outcome: 'issued',
  },
  {
    name: 'trust conditioned on another namespace: AccessDeniedException',
    edit: (s) =>
      withRole(s, {
        trustPolicy: podTrust(BOTH, {
          StringEquals: { 'aws:RequestTag/kubernetes-namespace': 'payments' },
        }),
      }),
    outcome: 'denied',
    error: 'AccessDeniedException',
    failedStep: 'trust.action.sts:AssumeRole',
    codes: ['podidentity.trust.denied'],
  },
  {
    name: 'IRSA trust policy (Federated principal): AccessDeniedException',
    edit: (s) =>
      withRole(s, {
        trustPolicy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Federated: PROVIDER_ARN },
              Action: 'sts:AssumeRoleWithWebIdentity',
              Condition: { StringEquals: { [`${HOST_PATH}:aud`]: 'sts.amazonaws.com' } },
            },
          ],
        }),
      }),
    outcome: 'denied',
    error: 'AccessDeniedException',
    failedStep: 'trust.action.sts:AssumeRole',
    codes: ['podidentity.trust.no-service-principal', 'podidentity.trust.denied'],
  },
  {
    name: 'role missing: AccessDeniedException',
    edit: (s) => ({
      ...s,
      associations: [{ ...s.associations[0]!, roleArn: `arn:aws:iam::${ACCOUNT}:role/missing` }],
    }),
    outcome: 'denied',
    error: 'AccessDeniedException',
    failedStep: 'trust.role.0',
    codes: ['podidentity.role.not-found'],
  },
  {
    name: 'target role trusted by the association role: issued for the target',
    edit: (s) => {
      s.aws.roles.push({
        name: 'target-role',
        trustPolicy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: ROLE_ARN }, Action: BOTH }],
        }),
        permissionPolicies: [abac('example')],
      })
      s.associations = [
        { ...s.associations[0]!, targetRoleArn: `arn:aws:iam::${ACCOUNT}:role/target-role` },
      ]
      return s
    },
    outcome: 'issued',
    call: 'Allow',
  },
  {
    name: 'web identity variables in the container: the SDK never reaches the agent',
    edit: (s) => ({
      ...s,
      pod: JSON.stringify({
        metadata: { name: 'p', namespace: 'example' },
        spec: {
          serviceAccountName: 'example-sa',
          containers: [
            {
              name: 'app',
              env: [
                { name: 'AWS_ROLE_ARN', value: ROLE_ARN },
                { name: 'AWS_WEB_IDENTITY_TOKEN_FILE', value: '/t' },
              ],
            },
          ],
        },
      }),
    }),
    outcome: 'denied',
    failedStep: 'sdk.credential-chain',
    codes: ['podidentity.sdk.web-identity-first'],
  },
]

describe('simulatePodIdentity: variations', () => {
  it.each(rows)('$name', async (row) => {
    // Given the happy path with one change
    const scenario = await row.edit(await podIdentityScenario())
    // When the pod asks for credentials
    const trace = await simulatePodIdentity(scenario, { now: scenario.now ?? NOW })
    // Then the outcome, error, failing step and findings are those expected
    expect(trace.outcome).toBe(row.outcome)
    expect(trace.error?.code).toBe(row.error)
    if (row.message) expect(trace.error?.message).toBe(row.message)
    const failed = trace.steps.find((s) => s.status === 'fail')
    expect(failed?.id).toBe(row.failedStep)
    for (const code of row.codes ?? []) expect(codes(trace.findings)).toContain(code)
    if (row.call) expect(trace.call?.decision).toBe(row.call)
    if (row.outcome === 'denied') expect(trace.agentResponse).toBeUndefined()
  })
})
