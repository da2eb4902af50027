/**
 * simulate(): the whole IRSA chain for one scenario, as a Trace (contract: shared/spec/engine-api.md).
 * Pure but for the real clock when the scenario gives no instant, and async only for the
 * WebCrypto signature check. Never throws on user input.
 */
import { regionFromIssuer, validateProvider } from './oidc'
import { STS_FINDINGS } from './sts/findings'
import type { IrsaStepData, IrsaTrace } from './steps'
import type { Scenario, Trace } from './types'
import { runChain, type ChainDefinition } from './simulate/chain'
import { runWithNotProvided } from './simulate/notProvided'
import type { RunContext } from './simulate/context'
import { normalizeScenario } from './simulate/normalize'
import { scenarioInvisibleFindings } from './simulate/invisible'
import type { AnyStage } from './simulate/pipeline'
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
export const STAGES: readonly AnyStage<RunContext, IrsaStepData>[] = [
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

/** The IRSA chain for the runner (simulate/chain.ts): what only this chain has. */
const IRSA_CHAIN: ChainDefinition<Scenario, RunContext, IrsaStepData, IrsaTraceExtra> = {
  stages: STAGES,
  normalize: normalizeScenario,
  // Options, then scenario, then the real clock.
  instants: (scenario, options) => [
    { value: options.now, label: 'options.now' },
    { value: scenario.now, label: '/now' },
  ],
  invalidInstant: (label) =>
    STS_FINDINGS.make(
      'scenario.invalid',
      `${label} is not an ISO 8601 instant; the real clock is used.`,
      'request',
      { pointer: '/now' },
    ),
  inputFindings: ({ scenario, serviceAccount, podDocument, token }) => [
    ...scenarioInvisibleFindings(scenario, serviceAccount, podDocument, token),
    ...scenario.aws.oidcProviders.flatMap((provider, index) => validateProvider(provider, index)),
  ],
  context({ scenario, nowSeconds, nowIso, serviceAccount, podDocument, pod, token }) {
    const region = scenario.aws.region ?? regionFromIssuer(scenario.cluster.issuer)
    const ctx: RunContext = {
      scenario,
      nowSeconds,
      nowIso,
      serviceAccount,
      pod,
      token,
      ...(region ? { region } : {}),
    }
    if (podDocument) ctx.podDocument = podDocument
    return ctx
  },
  start: startSignatureCheck,
  assemble(ctx) {
    const extra: IrsaTraceExtra = {}
    if (ctx.response) extra.response = ctx.response
    if (ctx.call) extra.call = ctx.call
    return {
      outcome: ctx.response ? 'issued' : ctx.invalidInput ? 'invalid-input' : 'denied',
      extra,
    }
  },
  internalError: (message) =>
    STS_FINDINGS.make('engine.internal-error', message, 'request', { pointer: '' }),
}

/** What an IRSA trace adds to the steps and findings. */
type IrsaTraceExtra = Pick<Trace, 'response' | 'call'>

/**
 * Runs the whole IRSA chain for one scenario and returns what happened, step by step.
 *
 * @example
 * const trace = await simulate(scenario, { now: '2026-11-29T12:00:00Z' })
 * trace.outcome // 'issued' | 'denied' | 'invalid-input'
 */
export function simulate(input: Scenario, options: { now?: string } = {}): Promise<IrsaTrace> {
  // Inputs the user did not provide are reported as unknown (issue #16, simulate/notProvided.ts).
  return runWithNotProvided(IRSA_CHAIN, input, (chain, scenario) =>
    runChain(chain, scenario, options),
  )
}
