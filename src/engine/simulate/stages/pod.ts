/**
 * Inside the cluster: the pod identity webhook mutates the pod, the kubelet projects the token,
 * and the SDK in the container finds the web-identity settings (shared/spec §3, §1, §7).
 */
import { stated } from '../../assumptions'
import { STS_AUDIENCE } from '../../constants'
import { STS_FINDINGS } from '../../sts/findings'
import { memoizeByParts, type KeyPart } from '../../memo'
import { mutatePod, wouldInjectIntoExisting } from '../../webhook'
import { partitionOfRegion } from '../../sts/endpoint'
import { accessDenied } from './call'
import type { Finding, StepRef } from '../../types'
import { tokenAudiences, type RunContext } from '../context'
import { stageStep, type Stage } from '../pipeline'
import { webhookSkipCode, type IrsaStep, type IrsaStepData } from '../../steps'

const ROLE_ARN_POINTER = '/metadata/annotations/eks.amazonaws.com~1role-arn'

/**
 * The webhook's answer depends only on the two manifests and its flags, so a re-run after an edit
 * elsewhere reuses it. Keyed by the texts (the parsed objects are cached by text too).
 */
const mutateCached = memoizeByParts(
  (_key: readonly KeyPart[], pod: object, serviceAccount: object, region: string | undefined) =>
    mutatePod(pod, serviceAccount, { ...(region ? { region } : {}), stsRegionalEndpoints: true }),
  (key) => key,
  8,
)

export const webhookStage: Stage<RunContext, IrsaStepData, 'webhook.mutate'> = {
  id: 'webhook.mutate',
  kind: 'webhook.inject',
  actor: 'webhook',
  to: 'pod',
  title: 'The pod identity webhook mutates the pod',
  run(ctx) {
    const serviceAccount = (ctx.serviceAccount.value ?? {}) as object
    // EKS runs the webhook with the cluster's region and regional STS endpoints (spec §3.6).
    const key = [ctx.scenario.serviceAccount, ctx.scenario.pod ?? null, ctx.region ?? null]
    const mutation = mutateCached(key, ctx.pod, serviceAccount, ctx.region)
    const refs: StepRef[] = [{ source: 'serviceAccount', pointer: ROLE_ARN_POINTER }]
    if (isExistingPod(ctx.pod)) {
      // A pod mutated at its creation is not a reason to recreate it (webhook/existing.ts).
      const wouldInject = wouldInjectIntoExisting(ctx.pod, mutation)
      // The webhook only sees CREATE: a running pod keeps what it got when it was created (spec §3.1, §9 #8).
      ctx.mutation = {
        ...mutation,
        pod: ctx.pod,
        patch: [],
        skipped: true,
        reason: 'The pod already exists',
        reasonCode: 'existing',
      }
      const step = stageStep(this, 'info', [...refs, { source: 'pod', pointer: '/metadata' }], {
        detail:
          'This pod already exists (it has a uid, a creation time or a status): the webhook acts only when a pod is created, so the pod keeps what it got then.',
        data: { existing: true, wouldInject, pod: ctx.pod, mutatedPod: ctx.pod, defaultPod: false },
      })
      const findings = wouldInject
        ? [
            STS_FINDINGS.make(
              'pod.existing-not-mutated',
              'The ServiceAccount asks for IRSA, but this running pod was created without it: delete the pod so that its replacement is mutated.',
              'pod',
              { pointer: '/metadata' },
            ),
          ]
        : []
      return { steps: [step], findings }
    }
    ctx.mutation = mutation
    const step = stageStep(this, mutation.skipped ? 'info' : 'pass', refs, {
      detail: mutation.skipped
        ? `Not mutated: ${mutation.reason ?? 'no IRSA annotation'}.`
        : `Injected ${mutation.patch.length} patch operation(s): the token volume, its mount and the AWS_* variables.`,
      data: {
        skipped: mutation.skipped,
        reason: mutation.reason,
        reasonCode: webhookSkipCode(mutation.reasonCode),
        patch: mutation.patch,
        // The pod before and after, so a reader shows the mutation without applying the patch.
        pod: ctx.pod,
        mutatedPod: mutation.pod,
        defaultPod: ctx.podDocument === undefined,
      },
    })
    return { steps: [step], findings: mutation.findings }
  },
}

/** A pod as `kubectl get pod -o yaml` prints it (admitted already), not a manifest to create. */
function isExistingPod(pod: object): boolean {
  const { metadata, status } = pod as { metadata?: Record<string, unknown>; status?: unknown }
  return (
    status !== undefined || metadata?.uid !== undefined || metadata?.creationTimestamp !== undefined
  )
}

interface Container {
  name?: unknown
  env?: unknown
}

/** The first application container's environment, as the SDK sees it. */
function containerEnv(pod: object): Record<string, string> {
  const spec = (pod as { spec?: { containers?: unknown } }).spec
  const containers = Array.isArray(spec?.containers) ? (spec.containers as Container[]) : []
  const env: Record<string, string> = {}
  const list = containers[0]?.env
  if (Array.isArray(list)) {
    for (const entry of list) {
      if (
        entry &&
        typeof entry === 'object' &&
        typeof entry.name === 'string' &&
        typeof entry.value === 'string'
      ) {
        env[entry.name] = entry.value
      }
    }
  }
  return env
}

export const kubeletStage: Stage<RunContext, IrsaStepData, 'kubelet.token'> = {
  id: 'kubelet.token',
  kind: 'kubelet.project-token',
  actor: 'kubelet',
  to: 'pod',
  title: 'The kubelet mounts the projected ServiceAccount token',
  run(ctx) {
    const findings: Finding[] = []
    const payload = ctx.token.payload
    const sa = ctx.serviceAccount.value as
      { metadata?: { name?: unknown; namespace?: unknown } } | undefined
    const name = typeof sa?.metadata?.name === 'string' ? sa.metadata.name : undefined
    const namespace =
      typeof sa?.metadata?.namespace === 'string' ? sa.metadata.namespace : 'default'
    const expected = name ? `system:serviceaccount:${namespace}:${name}` : undefined
    if (expected && payload && typeof payload.sub === 'string' && payload.sub !== expected) {
      findings.push(
        STS_FINDINGS.make(
          'token.subject-mismatch',
          `The token is for ${payload.sub}, but the pod runs as ${expected}: this is not the token the kubelet would mount for this pod.`,
          'token',
          { pointer: '/payload/sub', data: { sub: payload.sub, expected } },
        ),
      )
    }
    const audiences = tokenAudiences(ctx)
    const volumeAudience = injectedAudience(ctx) ?? STS_AUDIENCE
    if (!ctx.mutation?.skipped && audiences && !audiences.includes(volumeAudience)) {
      findings.push(
        STS_FINDINGS.make(
          'token.audience-differs-from-volume',
          `The projected volume asks for audience ${volumeAudience}, but the token carries ${audiences.join(', ')}.`,
          'token',
          {
            pointer: '/payload/aud',
            data: { volume: volumeAudience, token: audiences.join(', ') },
          },
        ),
      )
    }
    const step = stageStep(this, 'info', [{ source: 'token', pointer: '/payload' }], {
      detail:
        'The token file is mounted read-only; the kubelet refreshes it at 80 % of its lifetime.',
      data: { sub: payload?.sub, aud: payload?.aud, exp: payload?.exp },
    })
    return { steps: [step], findings }
  },
}

/** The audience the webhook asked the kubelet for, read from the injected projected volume. */
function injectedAudience(ctx: RunContext): string | undefined {
  const spec = (ctx.mutation?.pod as { spec?: { volumes?: unknown } } | undefined)?.spec
  if (!Array.isArray(spec?.volumes)) return undefined
  for (const volume of spec.volumes as { name?: unknown; projected?: { sources?: unknown } }[]) {
    if (volume?.name !== 'aws-iam-token' || !Array.isArray(volume.projected?.sources)) continue
    for (const source of volume.projected.sources as {
      serviceAccountToken?: { audience?: unknown }
    }[]) {
      if (typeof source?.serviceAccountToken?.audience === 'string')
        return source.serviceAccountToken.audience
    }
  }
  return undefined
}

/**
 * The node's instance role the SDK falls back to when the pod has no web identity: the last link of
 * every SDK's default credential chain is the EC2 instance metadata service (IMDS), whose session
 * is `arn:<partition>:sts::<account>:assumed-role/<node role>/<instance id>` (EKS User Guide, IRSA:
 * "restrict access to the instance profile assigned to the worker node"). The scenario does not
 * name the node role: the EKS User Guide's name and the EC2 docs' example instance are used.
 */
export const NODE_ROLE = { name: 'AmazonEKSNodeRole', instanceId: 'i-1234567890abcdef0' } as const

function nodeFallback(ctx: RunContext): { roleArn: string; sessionArn: string } {
  const partition =
    ctx.scenario.aws.partition ?? (ctx.region ? partitionOfRegion(ctx.region) : 'aws')
  const account = ctx.scenario.aws.accountId
  return {
    roleArn: `arn:${partition}:iam::${account}:role/${NODE_ROLE.name}`,
    sessionArn: `arn:${partition}:sts::${account}:assumed-role/${NODE_ROLE.name}/${NODE_ROLE.instanceId}`,
  }
}

/** botocore's default RoleSessionName for web identity: `botocore-session-<unix seconds>` (spec §7). */
export function defaultSessionName(nowSeconds: number): string {
  return `botocore-session-${Math.floor(nowSeconds)}`
}

export const sdkStage: Stage<RunContext, IrsaStepData, 'sdk.credential-chain'> = {
  id: 'sdk.credential-chain',
  kind: 'sdk.chain',
  actor: 'sdk',
  title: 'The AWS SDK finds web identity settings in its environment',
  run(ctx) {
    const env = containerEnv(ctx.mutation?.pod ?? ctx.pod)
    const given = ctx.scenario.request ?? {}
    const roleArn = given.roleArn ?? env.AWS_ROLE_ARN
    const findings: Finding[] = []
    const steps: IrsaStep[] = []
    if (
      roleArn === undefined ||
      (given.roleArn === undefined && env.AWS_WEB_IDENTITY_TOKEN_FILE === undefined)
    ) {
      findings.push(
        STS_FINDINGS.make(
          'sdk.no-web-identity',
          'No AWS_ROLE_ARN / AWS_WEB_IDENTITY_TOKEN_FILE in the container: the SDK skips web identity and falls back to the node role (IMDS).',
          'serviceAccount',
          { pointer: ROLE_ARN_POINTER },
        ),
      )
      const fallback = nodeFallback(ctx)
      steps.push(
        stageStep(this, 'fail', [{ source: 'serviceAccount', pointer: ROLE_ARN_POINTER }], {
          detail:
            'The credential chain moves on to the node’s instance role: IRSA is not used at all.',
          data: {
            env,
            fallback: 'imds',
            nodeRoleArn: fallback.roleArn,
            nodeSessionArn: fallback.sessionArn,
          },
          ...stated('nodeRole'),
        }),
      )
      if (ctx.scenario.call) {
        // The app still runs and calls AWS: as the node role (the symptom users see).
        ctx.nodeFallback = fallback
        const call = ctx.scenario.call
        ctx.call = { decision: 'ImplicitDeny', statements: [] }
        const error = accessDenied(fallback.sessionArn, call.action, call.resource, 'ImplicitDeny')
        findings.push(
          STS_FINDINGS.make(
            'sdk.node-role-fallback',
            `The call runs as the node role ${fallback.roleArn}, not as the ServiceAccount's role.`,
            'serviceAccount',
            { pointer: ROLE_ARN_POINTER },
          ),
        )
        steps.push({
          id: 'api.call',
          name: 'api.call',
          kind: 'api.call',
          actor: 'sdk',
          to: 's3',
          status: 'fail',
          title: `${call.action.slice(call.action.indexOf(':') + 1)} ${call.resource}`,
          detail: 'ImplicitDeny',
          refs: [{ source: 'serviceAccount', pointer: ROLE_ARN_POINTER }],
          data: {
            action: call.action,
            resource: call.resource,
            decision: 'ImplicitDeny',
            error,
            nodeRoleArn: fallback.roleArn,
            principal: fallback.sessionArn,
          },
          ...stated('nodeRole'),
        })
      }
      return { steps, findings, halt: true }
    }
    const roleSessionName =
      given.roleSessionName ?? env.AWS_ROLE_SESSION_NAME ?? defaultSessionName(ctx.nowSeconds)
    if (given.roleSessionName === undefined && env.AWS_ROLE_SESSION_NAME === undefined) {
      findings.push(
        STS_FINDINGS.make(
          'sdk.session-name.default',
          `No AWS_ROLE_SESSION_NAME: botocore (AWS CLI, boto3) names the session ${roleSessionName}.`,
          'request',
          { pointer: '/roleSessionName', data: { name: roleSessionName } },
        ),
      )
    }
    if (
      given.roleArn !== undefined &&
      env.AWS_ROLE_ARN !== undefined &&
      given.roleArn !== env.AWS_ROLE_ARN
    ) {
      findings.push(
        STS_FINDINGS.make(
          'sts.request.role-arn-overridden',
          `The request names ${given.roleArn}; the pod's AWS_ROLE_ARN says ${env.AWS_ROLE_ARN}.`,
          'request',
          { pointer: '/roleArn', data: { request: given.roleArn, pod: env.AWS_ROLE_ARN } },
        ),
      )
    }
    ctx.request = { roleArn, roleSessionName }
    if (given.durationSeconds !== undefined) ctx.request.durationSeconds = given.durationSeconds
    const step = stageStep(
      this,
      'pass',
      [
        { source: 'request', pointer: '/roleArn' },
        { source: 'pod', pointer: '/spec/containers/0/env' },
      ],
      {
        detail: `AWS_ROLE_ARN=${roleArn}; the token is read from ${env.AWS_WEB_IDENTITY_TOKEN_FILE ?? 'the scenario'}.`,
        data: {
          ...ctx.request,
          tokenFile: env.AWS_WEB_IDENTITY_TOKEN_FILE,
          region: env.AWS_REGION,
        },
      },
    )
    return { steps: [step], findings }
  },
}
