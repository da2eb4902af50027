/**
 * The assumptions the engine states, keyed by their exact English text (the engine emits prose,
 * not codes). Unknown ones are shown in English, marked. Keep in step with src/engine: the unit
 * test runs every gallery preset and the engine's exported assumption constants against this map.
 */
import { keyMessage, type Message } from './message'

const PREFIX = 'engineText.assumptions'

/** Exact English text → catalogue key under `engineText.assumptions`. */
export const ASSUMPTION_KEYS: Readonly<Record<string, string>> = {
  "The EKS discovery document's exact field set is not documented by AWS: only issuer and jwks_uri are confirmed. The other fields follow the template in aws/amazon-eks-pod-identity-webhook SELF_HOSTED_SETUP.md.":
    'discovery',
  'STS selects the verification key by exact kid match; a token without kid matches only a key whose kid is "" (SELF_HOSTED_SETUP.md of amazon-eks-pod-identity-webhook). That STS does not fall back to the only key of a one-key JWKS (amazon-eks-pod-identity-webhook issue #12) and refuses a key whose alg or kty does not fit the token\'s alg (RFC 7517 §4.4) is inferred, not documented by AWS.':
    'keySelection',
  'STS is assumed to compare DurationSeconds with the role’s maximum after the trust policy allows the call.':
    'durationAfterTrust',
  'With several audiences in the token, STS is assumed to accept it when any one is a client ID.':
    'severalAudiences',
  'The length and range forms follow the confirmed pattern-constraint message; their exact wording is not confirmed.':
    'validationWording',
  'STS answers a token that is not a JWT with InvalidIdentityToken; the exact message is not confirmed.':
    'malformedToken',
  'A token used before its nbf is rejected with InvalidIdentityToken; the exact message is not confirmed.':
    'notYetValid',
  'An issuer STS cannot fetch over HTTPS is assumed to fail like an unreachable JWKS.':
    'issuerUnreachable',
  'The token’s issuer is not the scenario’s cluster, so its keys are treated as unreachable.':
    'otherIssuer',
  'IAM documents the five-minute clock skew for exp only; STS is assumed to allow the same five minutes before nbf, and not to reject a token whose iat is in the future.':
    'skewNbfIat',
  'A token without iat is assumed to be accepted: RFC 7519 makes iat optional and no AWS source lists it as required.':
    'noIat',
  'The API reference requires integer timestamps; a token with a fractional or string exp, nbf or iat is assumed to be refused with InvalidIdentityToken, as an unparseable token is; the exact message is not confirmed.':
    'nonIntegerTime',
  'With several audiences in the token, the :aud condition key is assumed to hold the one audience STS matched with a client ID.':
    'severalAudiencesContext',
  'For a generic OIDC provider, azp is assumed to fill only the :azp condition key; :aud keeps the token’s aud (the aud = azp mapping is documented for Google only).':
    'azp',
  'IAM is assumed to count the trust policy as minified JSON (white space outside strings is not counted).':
    'trustPolicySize',
  'A role assuming itself is assumed to be allowed only when its trust policy names the role’s own ARN; the identity policy is not consulted.':
    'selfAssume',
  'The pod is assumed to reach IMDS (IMDSv1, or a hop limit of 2). The node role is AmazonEKSNodeRole with the EKS worker-node policies only, which allow none of the app’s calls; instance i-1234567890abcdef0 stands for the node.':
    'nodeRole',
  'A token whose kid matches no published key is assumed to fail as "Couldn\'t retrieve verification key".':
    'unknownKid',
}

/** The one templated assumption: STS_ERRORS.missingClaim for a claim other than aud and sub. */
const MISSING_CLAIM = /^Observed for aud and sub; assumed to read the same for (\w+)\.$/

/** The message for one assumption the engine stated. */
export function assumptionMessage(text: string): Message {
  const key = ASSUMPTION_KEYS[text]
  if (key) return keyMessage(`${PREFIX}.${key}`, undefined, text)
  const claim = MISSING_CLAIM.exec(text)?.[1]
  if (claim) return keyMessage(`${PREFIX}.missingClaim`, { claim }, text)
  return { kind: 'english', text }
}
