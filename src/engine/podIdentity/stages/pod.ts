/**
 * Inside the cluster: the webhook injects the container-credentials settings, the kubelet projects
 * the token, the SDK's container provider calls the node agent, and the agent calls EKS Auth
 * (shared/spec §3.5, §7, §8).
 */
import { POD_IDENTITY_FINDINGS } from '../findings'
import { memoizeByKey } from '../../memo'
import { mutatePod } from '../../webhook'
import { CONTAINER_CREDENTIALS_ENV } from '../../webhook/containerCredentials'
import { stageStep, type Stage } from '../../simulate/pipeline'
import type { Finding, StepRef } from '../../types'
import {
  AGENT,
  AGENT_HOSTS,
  CONTAINER_PROVIDER_HOSTS,
  EKS_AUTH,
  POD_IDENTITY_ASSUMPTIONS,
} from '../constants'
import type { PodIdentityContext } from '../context'
import type { PodIdentityStepData } from '../../steps'

const { make } = POD_IDENTITY_FINDINGS

const mutateCached = memoizeByKey(
  (_key: string, pod: object, sa: object, region: string | undefined, identities: object[]) =>
    mutatePod(pod, sa, {
      ...(region ? { region } : {}),
      stsRegionalEndpoints: true,
      containerCredentials: { identities: identities as never },
    }),
  (key) => key,
  8,
)

/** A pod as `kubectl get pod -o yaml` prints it (admitted already), not a manifest to create. */
function isExistingPod(pod: object): boolean {
  const { metadata, status } = pod as { metadata?: Record<string, unknown>; status?: unknown }
  return (
    status !== undefined || metadata?.uid !== undefined || metadata?.creationTimestamp !== undefined
  )
}

export const webhookStage: Stage<PodIdentityContext, PodIdentityStepData, 'webhook.mutate'> = {
  id: 'webhook.mutate',
  kind: 'webhook.inject',
  actor: 'webhook',
  to: 'pod',
  title: 'The pod identity webhook injects container credentials',
  run(ctx) {
    // EKS keeps the webhook's container-credentials file in step with the associations.
    const identities = ctx.scenario.associations
      .filter((a) => a.clusterName === ctx.scenario.cluster.name)
      .map((a) => ({ namespace: a.namespace, serviceAccount: a.serviceAccount }))
    const key = JSON.stringify([
      ctx.scenario.serviceAccount,
      ctx.scenario.pod ?? null,
      ctx.region ?? null,
      identities,
    ])
    const mutation = mutateCached(
      key,
      ctx.pod,
      (ctx.serviceAccount.value ?? {}) as object,
      ctx.region,
      identities,
    )
    const refs: StepRef[] = [{ source: 'request', pointer: '/associations' }]
    const assumptions = [POD_IDENTITY_ASSUMPTIONS.webhookConfig]
    if (isExistingPod(ctx.pod)) {
      ctx.mutation = {
        ...mutation,
        pod: ctx.pod,
        patch: [],
        skipped: true,
        reason: 'The pod already exists',
      }
      const findings = mutation.patch.length
        ? [
            make(
              'podidentity.pod.existing-not-mutated',
              'The association applies only to pods created after it: delete the pod so that its replacement is mutated.',
              'pod',
              { pointer: '/metadata' },
            ),
          ]
        : []
      return {
        steps: [
          stageStep(this, 'info', [...refs, { source: 'pod', pointer: '/metadata' }], {
            data: { existing: true },
            assumptions,
          }),
        ],
        findings,
      }
    }
    ctx.mutation = mutation
    const step = stageStep(this, mutation.skipped ? 'info' : 'pass', refs, {
      detail: mutation.skipped
        ? `Not mutated: ${mutation.reason ?? 'no association'}.`
        : 'Injected the eks-pod-identity-token volume, its mount and AWS_CONTAINER_CREDENTIALS_* variables.',
      data: { skipped: mutation.skipped, reason: mutation.reason, patch: mutation.patch },
      assumptions,
    })
    return { steps: [step], findings: mutation.findings }
  },
}

export const kubeletStage: Stage<PodIdentityContext, PodIdentityStepData, 'kubelet.token'> = {
  id: 'kubelet.token',
  kind: 'kubelet.project-token',
  actor: 'kubelet',
  to: 'pod',
  title: 'The kubelet mounts the projected ServiceAccount token',
  run(ctx) {
    const findings: Finding[] = []
    const sub = ctx.token.payload?.sub
    const expected = `system:serviceaccount:${ctx.sa.namespace}:${ctx.sa.name}`
    if (typeof sub === 'string' && ctx.sa.name !== '' && sub !== expected) {
      findings.push(
        make(
          'podidentity.token.subject-mismatch',
          `The token is for ${sub}, the pod runs as ${expected}.`,
          'token',
          {
            pointer: '/payload/sub',
          },
        ),
      )
    }
    const step = stageStep(this, 'info', [{ source: 'token', pointer: '/payload' }], {
      detail:
        'The token file is mounted read-only; the kubelet refreshes it at 80 % of its lifetime.',
      data: { sub, aud: ctx.token.payload?.aud, exp: ctx.token.payload?.exp },
    })
    return { steps: [step], findings }
  },
}

/** The first application container's environment (plain `value`s only). */
function containerEnv(pod: object): Record<string, string> {
  const containers = (pod as { spec?: { containers?: unknown } }).spec?.containers
  const list = Array.isArray(containers)
    ? (containers[0] as { env?: unknown } | undefined)?.env
    : undefined
  const env: Record<string, string> = {}
  if (Array.isArray(list)) {
    for (const e of list as { name?: unknown; value?: unknown }[]) {
      if (e && typeof e.name === 'string' && typeof e.value === 'string') env[e.name] = e.value
    }
  }
  return env
}

/** The host of a URL as the container provider compares it ('' when not a URL). */
function hostOf(uri: string): string {
  try {
    return new URL(uri).hostname
  } catch {
    return ''
  }
}

const ENV_REF: StepRef = { source: 'pod', pointer: '/spec/containers/0/env' }

export const sdkStage: Stage<PodIdentityContext, PodIdentityStepData, 'sdk.credential-chain'> = {
  id: 'sdk.credential-chain',
  kind: 'sdk.chain',
  actor: 'sdk',
  title: 'The AWS SDK finds container credential settings',
  run(ctx) {
    const env = containerEnv(ctx.mutation?.pod ?? ctx.pod)
    const fullUri = env[CONTAINER_CREDENTIALS_ENV.fullUri]
    const tokenFile = env[CONTAINER_CREDENTIALS_ENV.tokenFile]
    if (env.AWS_ROLE_ARN !== undefined && env.AWS_WEB_IDENTITY_TOKEN_FILE !== undefined) {
      // Every SDK tries web identity before the container provider (spec §7 chain order).
      return {
        steps: [
          stageStep(this, 'fail', [ENV_REF], {
            detail: 'The SDK uses web identity (IRSA) first.',
            data: { env },
          }),
        ],
        findings: [
          make(
            'podidentity.sdk.web-identity-first',
            'AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE are set: the SDK assumes the role with web identity and never asks the Pod Identity agent.',
            'pod',
            { pointer: ENV_REF.pointer },
          ),
        ],
        halt: true,
      }
    }
    if (fullUri === undefined || tokenFile === undefined) {
      return {
        steps: [
          stageStep(this, 'fail', [ENV_REF], {
            detail: 'No container credentials: the chain falls back to the node role (IMDS).',
            data: { env },
          }),
        ],
        findings: [
          make(
            'podidentity.sdk.no-container-credentials',
            `No ${CONTAINER_CREDENTIALS_ENV.fullUri} / ${CONTAINER_CREDENTIALS_ENV.tokenFile} in the container.`,
            'pod',
            { pointer: ENV_REF.pointer },
          ),
        ],
        halt: true,
      }
    }
    const host = hostOf(fullUri)
    if (!(CONTAINER_PROVIDER_HOSTS as readonly string[]).includes(host)) {
      return {
        steps: [
          stageStep(this, 'fail', [ENV_REF], {
            detail: `The SDK refuses host ${host || fullUri}.`,
            data: { fullUri },
          }),
        ],
        findings: [
          make(
            'podidentity.sdk.host-not-allowed',
            `${host || fullUri} is not an allowed container credentials host.`,
            'pod',
            { pointer: ENV_REF.pointer },
          ),
        ],
        halt: true,
      }
    }
    ctx.sdk = { fullUri, tokenFile }
    return {
      steps: [
        stageStep(this, 'pass', [ENV_REF], {
          detail: `GET ${fullUri}, Authorization: the token read from ${tokenFile}.`,
          data: { fullUri, tokenFile },
        }),
      ],
    }
  },
}

export const agentStage: Stage<PodIdentityContext, PodIdentityStepData, 'agent.request', 'sdk'> = {
  id: 'agent.request',
  kind: 'agent.request',
  actor: 'sdk',
  to: AGENT,
  title: 'The SDK asks the node’s Pod Identity agent for credentials',
  needs: ['sdk'],
  run(ctx) {
    const { fullUri, tokenFile } = ctx.sdk
    const host = hostOf(fullUri)
    if (!(AGENT_HOSTS as readonly string[]).includes(host)) {
      return {
        steps: [
          stageStep(this, 'fail', [ENV_REF], {
            detail: `Nothing answers for Pod Identity at ${host}: the agent listens on ${AGENT_HOSTS.join(' and ')}.`,
            data: { host },
          }),
        ],
        findings: [
          make(
            'podidentity.sdk.host-not-allowed',
            `The Pod Identity agent does not listen on ${host}.`,
            'pod',
            { pointer: ENV_REF.pointer },
          ),
        ],
        halt: true,
      }
    }
    return {
      steps: [
        stageStep(this, 'pass', [{ source: 'token', pointer: '' }], {
          detail: `GET ${fullUri} with the token from ${tokenFile}.`,
          data: { fullUri, host },
        }),
      ],
    }
  },
}

export const eksAuthCallStage: Stage<
  PodIdentityContext,
  PodIdentityStepData,
  'agent.assume-role-for-pod-identity'
> = {
  id: 'agent.assume-role-for-pod-identity',
  kind: 'agent.eks-auth-call',
  actor: AGENT,
  to: EKS_AUTH,
  title: 'The agent calls EKS Auth AssumeRoleForPodIdentity',
  run(ctx) {
    const path = `/clusters/${ctx.scenario.cluster.name}/assume-role-for-pod-identity`
    return {
      steps: [
        stageStep(this, 'info', [{ source: 'request', pointer: '/cluster/name' }], {
          detail: `POST ${path} {"token": "…"}`,
          data: { method: 'POST', path, region: ctx.region },
        }),
      ],
    }
  },
}
