/**
 * The assumptions the engine states, by id (issue #14): a step's `assumptions` stay English for
 * headless readers and the contract; `assumptionRefs` names each one (id + data) so a reader
 * takes the sentence from its catalogue (`engineText.assumptions.<id>`), never from the English.
 * The ids are filled in one place, `runChain`, from the engine's own texts below.
 */
import { DISCOVERY_ASSUMPTION, KEY_SELECTION_ASSUMPTION } from './oidc'
import { SELF_ASSUME_ASSUMPTION } from './simulate/stages/call'
import { NODE_ROLE_ASSUMPTION } from './simulate/stages/pod'
import { AZP_ASSUMPTION, SEVERAL_AUDIENCES_CONTEXT_ASSUMPTION } from './simulate/stages/trust'
import {
  NON_INTEGER_TIME_ASSUMPTION,
  NO_IAT_ASSUMPTION,
  SKEW_NBF_IAT_ASSUMPTION,
} from './sts/timeClaims'
import { TRUST_POLICY_SIZE_ASSUMPTION } from './sts/trustPolicySize'
import type { FindingValues } from './types'

/** Id → the English the engine states (the stages' and STS errors' texts). */
export const ASSUMPTION_TEXTS = {
  discovery: DISCOVERY_ASSUMPTION,
  keySelection: KEY_SELECTION_ASSUMPTION,
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
  skewNbfIat: SKEW_NBF_IAT_ASSUMPTION,
  noIat: NO_IAT_ASSUMPTION,
  nonIntegerTime: NON_INTEGER_TIME_ASSUMPTION,
  severalAudiencesContext: SEVERAL_AUDIENCES_CONTEXT_ASSUMPTION,
  azp: AZP_ASSUMPTION,
  trustPolicySize: TRUST_POLICY_SIZE_ASSUMPTION,
  selfAssume: SELF_ASSUME_ASSUMPTION,
  nodeRole: NODE_ROLE_ASSUMPTION,
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

const BY_TEXT = new Map<string, AssumptionId>(
  Object.entries(ASSUMPTION_TEXTS).map(([id, text]) => [text, id as AssumptionId]),
)

/** STS_ERRORS.missingClaim's assumption for a claim other than aud and sub (sts/errors.ts). */
const MISSING_CLAIM = ['Observed for aud and sub; assumed to read the same for ', '.'] as const

/** The id of one of the engine's assumption texts (null for one without an id, e.g. Pod Identity's). */
export function assumptionRef(text: string): AssumptionRef | null {
  const id = BY_TEXT.get(text)
  if (id) return { id }
  const [head, tail] = MISSING_CLAIM
  if (text.startsWith(head) && text.endsWith(tail)) {
    const claim = text.slice(head.length, -tail.length)
    if (/^\w+$/.test(claim)) return { id: 'missingClaim', data: { claim } }
  }
  return null
}
