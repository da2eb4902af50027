/**
 * The current scenario as EKS Pod Identity would run it: the engine derives the scenario
 * (`podIdentityFromIrsa`) and the token request (`podIdentityTokenInput`); this module only picks
 * the key that signs the new token and wires the calls together.
 */
import {
  generateClusterKey,
  issueServiceAccountToken,
  podIdentityFromIrsa,
  podIdentityTokenInput,
  simulatePodIdentity,
  type PodIdentityScenario,
  type PodIdentityTrace,
  type Scenario,
} from '../../engine'
import type { ServiceAccountTokenInput } from '../../engine/jwt'
import type { SigningKey } from '../../state/scenarioSlice'

/** A key that can sign the Pod Identity token. */
export interface PodIdentityKey {
  kid: string
  privateJwk: object
  publicJwk: object
}

/** Everything needed to run the Pod Identity side, before any cryptography. */
export interface PodIdentityInputs {
  /** The IRSA scenario the draft describes. */
  irsa: Scenario
  /** What the API server is asked for: same pod and subject, audience pods.eks.amazonaws.com. */
  tokenInput: Omit<ServiceAccountTokenInput, 'key'>
  /** The cluster key that signed the IRSA token, when it was generated here. */
  key?: PodIdentityKey
  /** No cluster key (a pasted token): a demo key signs, and the cluster serves its public half. */
  demoKey: boolean
}

/**
 * The Pod Identity inputs for the IRSA scenario the store ran (scenarios/run.ts `DraftRun`) and
 * the store's signing key. Pure.
 */
export function toPodIdentity(scenario: Scenario, signingKey?: SigningKey): PodIdentityInputs {
  return {
    irsa: scenario,
    tokenInput: podIdentityTokenInput(scenario),
    ...(signingKey ? { key: signingKey } : {}),
    demoKey: signingKey === undefined,
  }
}

/** The Pod Identity run, or why there is none. */
export type PodIdentityRun =
  | { ok: true; scenario: PodIdentityScenario; trace: PodIdentityTrace; demoKey: boolean }
  | { ok: false; error: string }

/**
 * Issues the Pod Identity token and runs `simulatePodIdentity`. `demoKey` is reused when given, so
 * that re-runs do not generate an RSA key each time.
 */
export async function runPodIdentity(
  inputs: PodIdentityInputs,
  demoKey?: PodIdentityKey,
): Promise<PodIdentityRun> {
  try {
    const key = inputs.key ?? demoKey ?? (await generateClusterKey())
    const token = await issueServiceAccountToken({ ...inputs.tokenInput, key })
    const scenario = podIdentityFromIrsa(inputs.irsa, { token })
    // With a demo key the cluster must serve its public half, or EKS Auth could not verify.
    if (inputs.demoKey) scenario.cluster.jwks = { keys: [key.publicJwk as Record<string, unknown>] }
    const trace = await simulatePodIdentity(scenario)
    return { ok: true, scenario, trace, demoKey: inputs.demoKey }
  } catch (error) {
    // The API server's refusal (TokenRequestError) in its own words.
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}
