/**
 * simulate(): the whole IRSA chain for one scenario, as a Trace (contract: shared/spec/engine-api.md).
 * Pure but for the real clock when the scenario gives no instant, and async only for the
 * WebCrypto signature check. Never throws on user input.
 */
import { decodeToken } from './jwt'
import { regionFromIssuer, validateProvider } from './oidc'
import { defaultPod } from './webhook'
import { parseYamlDocument } from './text/document'
import { STS_FINDINGS } from './sts/findings'
import type { Finding, Scenario, Trace } from './types'
import type { RunContext } from './simulate/context'
import { resolveInstant } from './simulate/clock'
import { normalizeScenario } from './simulate/normalize'
import { scenarioInvisibleFindings } from './simulate/invisible'
import { runPipeline, skippedSteps, type Stage } from './simulate/pipeline'
import { callStage } from './simulate/stages/call'
import {
  discoveryStage,
  jwksStage,
  keyStage,
  signatureStage,
  startSignatureCheck,
  timeStage,
} from './simulate/stages/oidc'
import { kubeletStage, sdkStage, webhookStage } from './simulate/stages/pod'
import { audienceStage, providerStage, requestStage, tokenParseStage } from './simulate/stages/sts'
import { credentialsStage, durationStage, roleStage, trustStage } from './simulate/stages/trust'

/** The chain, in the order STS and the cluster perform it (shared/spec §5.3). */
export const STAGES: Stage<RunContext>[] = [
  webhookStage,
  kubeletStage,
  sdkStage,
  requestStage,
  tokenParseStage,
  providerStage,
  audienceStage,
  discoveryStage,
  jwksStage,
  keyStage,
  signatureStage,
  timeStage,
  roleStage,
  trustStage,
  durationStage,
  credentialsStage,
  callStage,
]

/** Resolves the evaluation instant: options, then scenario, then the real clock. */
function resolveNow(options: { now?: string }, scenario: Scenario, findings: Finding[]): Date {
  return resolveInstant(
    [
      { value: options.now, label: 'options.now' },
      { value: scenario.now, label: '/now' },
    ],
    (label) =>
      findings.push(
        STS_FINDINGS.make(
          'scenario.invalid',
          `${label} is not an ISO 8601 instant; the real clock is used.`,
          'request',
          {
            pointer: '/now',
          },
        ),
      ),
  )
}

/**
 * Runs the whole IRSA chain for one scenario and returns what happened, step by step.
 *
 * @example
 * const trace = await simulate(scenario, { now: '2026-11-29T12:00:00Z' })
 * trace.outcome // 'issued' | 'denied' | 'invalid-input'
 */
export async function simulate(input: Scenario, options: { now?: string } = {}): Promise<Trace> {
  const { scenario, findings } = normalizeScenario(input)
  try {
    const now = resolveNow(options, scenario, findings)
    const nowSeconds = Math.floor(now.getTime() / 1000)
    const nowIso = now.toISOString()
    const serviceAccount = parseYamlDocument(scenario.serviceAccount, 'serviceAccount')
    const podDocument =
      scenario.pod !== undefined ? parseYamlDocument(scenario.pod, 'pod') : undefined
    const token = decodeToken(scenario.token)
    findings.push(...serviceAccount.findings, ...(podDocument?.findings ?? []), ...token.findings)
    findings.push(...scenarioInvisibleFindings(scenario, serviceAccount, podDocument, token))
    scenario.aws.oidcProviders.forEach((provider, index) =>
      findings.push(...validateProvider(provider, index)),
    )

    // A manifest the API server would reject (syntax errors, not a mapping) cannot be simulated.
    const unusable = [serviceAccount, ...(podDocument ? [podDocument] : [])].filter(
      (doc) =>
        !doc.ok || typeof doc.value !== 'object' || doc.value === null || Array.isArray(doc.value),
    )
    if (unusable.length > 0) {
      const steps = skippedSteps(STAGES.filter((s) => s.id !== 'api.call' || scenario.call))
      return { outcome: 'invalid-input', steps, findings, now: nowIso }
    }
    const region = scenario.aws.region ?? regionFromIssuer(scenario.cluster.issuer)
    const ctx: RunContext = {
      scenario,
      nowSeconds,
      nowIso,
      serviceAccount,
      pod: (podDocument?.value as object | undefined) ?? defaultPod(serviceAccount.value as object),
      token,
      ...(region ? { region } : {}),
    }
    if (podDocument) ctx.podDocument = podDocument
    startSignatureCheck(ctx)
    const result = await runPipeline(STAGES, ctx)
    findings.push(...result.findings)
    const trace: Trace = {
      outcome: ctx.response ? 'issued' : ctx.invalidInput ? 'invalid-input' : 'denied',
      steps: result.steps,
      findings,
      now: nowIso,
    }
    if (result.error) trace.error = result.error
    if (ctx.response) trace.response = ctx.response
    if (ctx.call) trace.call = ctx.call
    return trace
  } catch (error) {
    // A bug, not bad input: reported as a finding so property tests catch it and users keep their work.
    findings.push(
      STS_FINDINGS.make(
        'engine.internal-error',
        `Internal error: ${error instanceof Error ? error.message : String(error)}`,
        'request',
        {
          pointer: '',
        },
      ),
    )
    return { outcome: 'invalid-input', steps: [], findings }
  }
}
