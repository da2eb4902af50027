/**
 * simulatePodIdentity(): the EKS Pod Identity chain for one scenario, as a Trace of the same shape
 * as simulate()'s (shared/spec §8), so the UI can show both flows side by side. Pure but for the
 * real clock when no instant is given, async only for the WebCrypto signature check. Never throws
 * on user input.
 */
import { resolveInstant } from '../simulate/clock'
import { decodeToken } from '../jwt'
import { runPipeline, skippedSteps, type Stage } from '../simulate/pipeline'
import { parseYamlDocument } from '../text/document'
import type { Finding } from '../types'
import { defaultPod } from '../webhook'
import type { PodIdentityContext } from './context'
import { POD_IDENTITY_FINDINGS } from './findings'
import { normalizePodIdentityScenario } from './normalize'
import { agentResponseStage, credentialsStage, roleStage } from './stages/assume'
import { callStage } from './stages/call'
import { associationStage, audienceStage, timeStage, tokenStage } from './stages/eksAuth'
import { agentStage, eksAuthCallStage, kubeletStage, sdkStage, webhookStage } from './stages/pod'
import type { PodIdentityScenario, PodIdentityTrace } from './types'

/** The chain, in the order the cluster, the agent and EKS Auth perform it. */
export const POD_IDENTITY_STAGES: Stage<PodIdentityContext>[] = [
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

function resolveNow(candidates: (string | undefined)[], findings: Finding[]): Date {
  return resolveInstant(
    candidates.map((value) => ({ value, label: String(value) })),
    (label) =>
      findings.push(
        POD_IDENTITY_FINDINGS.make(
          'podidentity.scenario.invalid',
          `${label} is not an ISO 8601 instant; the real clock is used.`,
          'request',
          { pointer: '/now' },
        ),
      ),
  )
}

/**
 * Runs the EKS Pod Identity chain and returns what happened, step by step.
 *
 * @example
 * const trace = await simulatePodIdentity(podIdentityFromIrsa(scenario), { now: '2026-11-29T12:00:00Z' })
 * trace.outcome // 'issued' | 'denied' | 'invalid-input'; trace.sessionTags, trace.agentResponse
 */
export async function simulatePodIdentity(
  input: PodIdentityScenario,
  options: { now?: string } = {},
): Promise<PodIdentityTrace> {
  const { scenario, findings } = normalizePodIdentityScenario(input)
  try {
    const now = resolveNow([options?.now, scenario.now], findings)
    const nowIso = now.toISOString()
    const serviceAccount = parseYamlDocument(scenario.serviceAccount, 'serviceAccount')
    const podDocument =
      scenario.pod !== undefined ? parseYamlDocument(scenario.pod, 'pod') : undefined
    const token = decodeToken(scenario.token)
    findings.push(...serviceAccount.findings, ...(podDocument?.findings ?? []), ...token.findings)
    const usable = (doc: { ok: boolean; value: unknown }) =>
      doc.ok && typeof doc.value === 'object' && doc.value !== null && !Array.isArray(doc.value)
    if (!usable(serviceAccount) || (podDocument && !usable(podDocument))) {
      const stages = POD_IDENTITY_STAGES.filter((s) => s.id !== 'api.call' || scenario.call)
      return { outcome: 'invalid-input', steps: skippedSteps(stages), findings, now: nowIso }
    }
    const metadata = (
      serviceAccount.value as { metadata?: { name?: unknown; namespace?: unknown } }
    ).metadata
    const region = scenario.aws.region ?? /^arn:[^:]+:eks:([^:]+):/.exec(scenario.cluster.arn)?.[1]
    const ctx: PodIdentityContext = {
      scenario,
      nowSeconds: Math.floor(now.getTime() / 1000),
      nowIso,
      serviceAccount,
      pod: (podDocument?.value as object | undefined) ?? defaultPod(serviceAccount.value as object),
      token,
      sa: {
        name: typeof metadata?.name === 'string' ? metadata.name : '',
        namespace: typeof metadata?.namespace === 'string' ? metadata.namespace : 'default',
      },
      ...(region ? { region } : {}),
    }
    const result = await runPipeline(POD_IDENTITY_STAGES, ctx)
    findings.push(...result.findings)
    const trace: PodIdentityTrace = {
      outcome: ctx.agentResponse ? 'issued' : 'denied',
      steps: result.steps,
      findings,
      now: nowIso,
    }
    if (result.error) trace.error = result.error
    if (ctx.agentResponse) trace.agentResponse = ctx.agentResponse
    if (ctx.agentResponse && ctx.sessionTags) trace.sessionTags = ctx.sessionTags
    if (ctx.association) trace.association = ctx.association
    if (ctx.call) trace.call = ctx.call
    return trace
  } catch (error) {
    // A bug, not bad input: reported so property tests catch it and the user keeps their work.
    findings.push(
      POD_IDENTITY_FINDINGS.make(
        'podidentity.internal-error',
        `Internal error: ${error instanceof Error ? error.message : String(error)}`,
        'request',
        { pointer: '' },
      ),
    )
    return { outcome: 'invalid-input', steps: [], findings }
  }
}
