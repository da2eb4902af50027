/**
 * simulatePodIdentity(): the EKS Pod Identity chain for one scenario, as a Trace of the same shape
 * as simulate()'s (shared/spec §8), so the UI can show both flows side by side. Pure but for the
 * real clock when no instant is given, async only for the WebCrypto signature check. Never throws
 * on user input.
 */
import { runChain, type ChainDefinition } from '../simulate/chain'
import type { AnyStage } from '../simulate/pipeline'
import type { PodIdentityStepData } from '../steps'
import type { PodIdentityContext } from './context'
import { POD_IDENTITY_FINDINGS } from './findings'
import { normalizePodIdentityScenario } from './normalize'
import { agentResponseStage, credentialsStage, roleStage } from './stages/assume'
import { callStage } from './stages/call'
import { associationStage, audienceStage, timeStage, tokenStage } from './stages/eksAuth'
import { agentStage, eksAuthCallStage, kubeletStage, sdkStage, webhookStage } from './stages/pod'
import type { PodIdentityScenario, PodIdentityTrace } from './types'

/** The chain, in the order the cluster, the agent and EKS Auth perform it. */
export const POD_IDENTITY_STAGES: readonly AnyStage<PodIdentityContext, PodIdentityStepData>[] = [
  webhookStage,
  kubeletStage,
  sdkStage,
  agentStage,
  eksAuthCallStage,
  tokenStage,
  audienceStage,
  timeStage,
  associationStage,
  roleStage,
  credentialsStage,
  agentResponseStage,
  callStage,
]

/** What a Pod Identity trace adds to the steps and findings. */
type PodIdentityTraceExtra = Pick<
  PodIdentityTrace,
  'agentResponse' | 'sessionTags' | 'association' | 'call'
>

/** The Pod Identity chain for the runner (simulate/chain.ts): what only this chain has. */
const POD_IDENTITY_CHAIN: ChainDefinition<
  PodIdentityScenario,
  PodIdentityContext,
  PodIdentityStepData,
  PodIdentityTraceExtra
> = {
  stages: POD_IDENTITY_STAGES,
  normalize: normalizePodIdentityScenario,
  instants: (scenario, options) =>
    [options.now, scenario.now].map((value) => ({ value, label: String(value) })),
  invalidInstant: (label) =>
    POD_IDENTITY_FINDINGS.make(
      'podidentity.scenario.invalid',
      `${label} is not an ISO 8601 instant; the real clock is used.`,
      'request',
      { pointer: '/now' },
    ),
  context({ scenario, nowSeconds, nowIso, serviceAccount, pod, token }) {
    const metadata = (
      serviceAccount.value as { metadata?: { name?: unknown; namespace?: unknown } }
    ).metadata
    const region = scenario.aws.region ?? /^arn:[^:]+:eks:([^:]+):/.exec(scenario.cluster.arn)?.[1]
    return {
      scenario,
      nowSeconds,
      nowIso,
      serviceAccount,
      pod,
      token,
      sa: {
        name: typeof metadata?.name === 'string' ? metadata.name : '',
        namespace: typeof metadata?.namespace === 'string' ? metadata.namespace : 'default',
      },
      ...(region ? { region } : {}),
    }
  },
  assemble(ctx) {
    const extra: PodIdentityTraceExtra = {}
    if (ctx.agentResponse) extra.agentResponse = ctx.agentResponse
    if (ctx.agentResponse && ctx.sessionTags) extra.sessionTags = ctx.sessionTags
    if (ctx.association) extra.association = ctx.association
    if (ctx.call) extra.call = ctx.call
    return { outcome: ctx.agentResponse ? 'issued' : 'denied', extra }
  },
  internalError: (message) =>
    POD_IDENTITY_FINDINGS.make('podidentity.internal-error', message, 'request', { pointer: '' }),
}

/**
 * Runs the EKS Pod Identity chain and returns what happened, step by step.
 *
 * @example
 * const trace = await simulatePodIdentity(podIdentityFromIrsa(scenario), { now: '2026-11-29T12:00:00Z' })
 * trace.outcome // 'issued' | 'denied' | 'invalid-input'; trace.sessionTags, trace.agentResponse
 */
export function simulatePodIdentity(
  input: PodIdentityScenario,
  options: { now?: string } = {},
): Promise<PodIdentityTrace> {
  return runChain(POD_IDENTITY_CHAIN, input, options)
}
