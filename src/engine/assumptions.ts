/**
 * The assumptions the engine states, by id (issue #14): each place that states one names it by its
 * id (`stated('discovery')`, an error's `assumptionRef`), and the English a step's `assumptions`
 * carry for headless readers and the contract is this table's text for that id. `assumptionRefs`
 * holds the ids, index for index, so a reader takes the sentence from its catalogue
 * (`engineText.assumptions.<id>`) and never compares English.
 *
 * A leaf module (no imports but types): the modules that state an assumption import it, and the
 * names they published before (`DISCOVERY_ASSUMPTION`, …) are these texts. The sources of each
 * choice are cited where the choice is made.
 */
import type { FindingValues } from './types'

/** Id → the English the engine states. */
export const ASSUMPTION_TEXTS = {
  /** oidc/discovery.ts (spec §2.2, §10). */
  discovery:
    "The EKS discovery document's exact field set is not documented by AWS: only issuer and jwks_uri are confirmed. " +
    'The other fields follow the template in aws/amazon-eks-pod-identity-webhook SELF_HOSTED_SETUP.md.',
  /** oidc/selectKey.ts. */
  keySelection:
    'STS selects the verification key by exact kid match; a token without kid matches only a key whose kid is "" ' +
    '(SELF_HOSTED_SETUP.md of amazon-eks-pod-identity-webhook). That STS does not fall back to the only key of a ' +
    "one-key JWKS (amazon-eks-pod-identity-webhook issue #12) and refuses a key whose alg or kty does not fit the token's " +
    'alg (RFC 7517 §4.4) is inferred, not documented by AWS.',
  durationAfterTrust:
    'STS is assumed to compare DurationSeconds with the role’s maximum after the trust policy allows the call.',
  severalAudiences:
    'With several audiences in the token, STS is assumed to accept it when any one is a client ID.',
  validationWording:
    'The length and range forms follow the confirmed pattern-constraint message; their exact wording is not confirmed.',
  malformedToken:
    'STS answers a token that is not a JWT with InvalidIdentityToken; the exact message is not confirmed.',
  notYetValid:
    'A token used before its nbf is rejected with InvalidIdentityToken; the exact message is not confirmed.',
  issuerUnreachable:
    'An issuer STS cannot fetch over HTTPS is assumed to fail like an unreachable JWKS.',
  otherIssuer:
    'The token’s issuer is not the scenario’s cluster, so its keys are treated as unreachable.',
  /** sts/timeClaims.ts. */
  skewNbfIat:
    'IAM documents the five-minute clock skew for exp only; STS is assumed to allow the same five minutes before nbf, and not to reject a token whose iat is in the future.',
  noIat:
    'A token without iat is assumed to be accepted: RFC 7519 makes iat optional and no AWS source lists it as required.',
  nonIntegerTime:
    'The API reference requires integer timestamps; a token with a fractional or string exp, nbf or iat is assumed to be refused with InvalidIdentityToken, as an unparseable token is; the exact message is not confirmed.',
  /** simulate/stages/trust.ts (spec §10). */
  severalAudiencesContext:
    'With several audiences in the token, the :aud condition key is assumed to hold the one audience STS matched with a client ID.',
  azp: 'For a generic OIDC provider, azp is assumed to fill only the :azp condition key; :aud keeps the token’s aud (the aud = azp mapping is documented for Google only).',
  /** sts/trustPolicySize.ts. */
  trustPolicySize:
    'IAM is assumed to count the trust policy as minified JSON (white space outside strings is not counted).',
  /** simulate/stages/call.ts. */
  selfAssume:
    'A role assuming itself is assumed to be allowed only when its trust policy names the role’s own ARN; the identity policy is not consulted.',
  /** simulate/stages/pod.ts. */
  nodeRole:
    'The pod is assumed to reach IMDS (IMDSv1, or a hop limit of 2). The node role is AmazonEKSNodeRole with the EKS worker-node policies only, which allow none of the app’s calls; instance i-1234567890abcdef0 stands for the node.',
  unknownKid:
    'A token whose kid matches no published key is assumed to fail as "Couldn\'t retrieve verification key".',
} as const

/** An assumption's id: a key of ASSUMPTION_TEXTS, or `missingClaim` (with `data.claim`). */
export type AssumptionId = keyof typeof ASSUMPTION_TEXTS | 'missingClaim'

/** One stated assumption, by id, with the values its sentence needs. */
export interface AssumptionRef {
  id: AssumptionId
  data?: FindingValues
}

/** STS_ERRORS.missingClaim's assumption for a claim other than aud and sub (sts/errors.ts). */
export function missingClaimAssumption(claim: string): AssumptionRef {
  return { id: 'missingClaim', data: { claim } }
}

/** The English of one assumption (what the contract's `Step.assumptions` holds). */
export function assumptionText(ref: AssumptionRef): string {
  if (ref.id === 'missingClaim')
    return `Observed for aud and sub; assumed to read the same for ${String(ref.data?.claim ?? '')}.`
  return ASSUMPTION_TEXTS[ref.id]
}

/** A step's stated assumptions: the English (contract) and, index for index, their ids. */
export interface StatedAssumptions {
  assumptions: string[]
  assumptionRefs: (AssumptionRef | null)[]
}

/**
 * The assumptions a step states, from their ids (or refs, for one with data), to spread into the
 * step: `stageStep(this, 'pass', refs, { data, ...stated('discovery') })`.
 */
export function stated(
  ...refs: (keyof typeof ASSUMPTION_TEXTS | AssumptionRef)[]
): StatedAssumptions {
  const named = refs.map((r) => (typeof r === 'string' ? { id: r } : r))
  return { assumptions: named.map(assumptionText), assumptionRefs: named }
}

/**
 * Adds assumptions to a step that may state some already (an error's, on the step that failed),
 * keeping `assumptionRefs` index for index with `assumptions`; `null` for an English text without
 * an id (Pod Identity's).
 */
export function addAssumption(
  step: { assumptions?: string[]; assumptionRefs?: (AssumptionRef | null)[] },
  text: string,
  ref: AssumptionRef | undefined,
): void {
  const before = step.assumptions ?? []
  const refs = step.assumptionRefs ?? before.map(() => null)
  step.assumptions = [...before, text]
  step.assumptionRefs = [...refs, ref ?? null]
}
