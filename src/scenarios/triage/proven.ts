/**
 * "Proven by your error": what an AWS error fixes about the checks before it. STS validates a web
 * identity token in order — the role ARN and parameters, the token's form, the issuer's IAM OIDC
 * provider, the audience, the signing key and signature, the time claims — and only then evaluates
 * the role's trust policy (shared/spec/irsa-semantics.md §5.3). An error from one check therefore
 * proves every check before it passed: an `AccessDenied` from AssumeRoleWithWebIdentity needs no
 * JWKS and no provider to be examined.
 *
 * The table is data: each rule names the error it recognises (the API operation, the code, a part of
 * the message or the principal when the code alone is ambiguous), the engine steps it proves passed
 * (step ids of `simulate()`'s trace, in chain order), the step where the failure is, and the AWS
 * sources for the error's meaning. The reason is a catalogue sentence (`proven.reasons.<id>`).
 *
 * Sources:
 * - STS API Reference, AssumeRoleWithWebIdentity, "Errors":
 *   https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html
 *   (InvalidIdentityToken: "could not be validated by AWS"; ExpiredTokenException: "expired or is
 *   not valid"; IDPCommunicationError: the IdP "could not be reached").
 * - AWS re:Post Knowledge Center, "How do I troubleshoot IRSA errors in Amazon EKS?":
 *   https://repost.aws/knowledge-center/eks-troubleshoot-irsa-errors ("No OpenIDConnect provider
 *   found" = no IAM OIDC provider for the issuer; "Incorrect token audience" = the provider's client
 *   ID list; "Request ARN is invalid"; AccessDenied = the role's trust policy conditions).
 * - AWS re:Post Knowledge Center, "InvalidIdentityToken error with IRSA":
 *   https://repost.aws/knowledge-center/eks-error-invalid-identity-token
 * - IAM User Guide, "Troubleshoot access denied error messages":
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html (the message
 *   names the principal — `assumed-role/<role>/<session>` — and the policy type that denied).
 * - IAM User Guide, "OIDC federation" (the five-minute clock skew after exp):
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_oidc.html
 *
 * Stated assumption: the exact internal order of STS's token checks is not documented (spec §5.3).
 * Rules whose proof depends on that order (`ordered: true`) rely on the order this lab models —
 * provider, audience, key, signature, time — the one inferable from the errors' wording.
 */

/** Where the error came from: the STS call, or a later AWS API call made with its credentials. */
export type ErrorOperation = 'AssumeRoleWithWebIdentity' | 'api'

/** Whose credentials an API error names (IAM's `User: arn:…` part). */
export type ErrorPrincipal = 'assumedRole' | 'nodeRole'

export interface ProofRule {
  id: string
  operation: ErrorOperation
  /** The error code as AWS returns it (an SDK's `…Exception` suffix is dropped before matching). */
  code: string
  /** A part of the message that tells this rule from others with the same code (case-insensitive). */
  message?: string
  /** For API errors: whose credentials made the call. */
  principal?: ErrorPrincipal
  /** Engine step ids the error proves passed, in chain order. */
  proves: readonly string[]
  /** The step the error is about (where to look). */
  failsAt: string
  /** The proof relies on the order of STS's checks this lab models (stated assumption above). */
  ordered?: boolean
  /** AWS documentation for the error's meaning. */
  sources: readonly string[]
}

const STS_API =
  'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html'
const IRSA_ERRORS = 'https://repost.aws/knowledge-center/eks-troubleshoot-irsa-errors'
const INVALID_TOKEN = 'https://repost.aws/knowledge-center/eks-error-invalid-identity-token'
const ACCESS_DENIED =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html'
const OIDC_FEDERATION =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_oidc.html'

/** The SDK found web identity settings and called STS: every STS error proves that much. */
const CALLED = ['sdk.credential-chain', 'sts.request', 'sts.token'] as const
const PROVIDER = [...CALLED, 'iam.provider'] as const
const AUDIENCE = [...PROVIDER, 'sts.audience'] as const
const KEY = [...AUDIENCE, 'oidc.discovery', 'oidc.jwks', 'jwt.key'] as const
const SIGNATURE = [...KEY, 'jwt.signature'] as const
const TOKEN = [...SIGNATURE, 'jwt.time'] as const
/** The whole STS chain: the trust policy allowed, credentials were issued. */
const ISSUED = [...TOKEN, 'iam.role', 'trust.evaluate', 'sts.duration', 'sts.credentials'] as const

/** Most specific first: a rule with a message or a principal before the code's catch-all. */
export const PROOF_RULES: readonly ProofRule[] = [
  {
    // The trust policy is evaluated last: the token itself was accepted. The role's existence is
    // not proven (STS answers AccessDenied for a role it cannot find too).
    id: 'sts-access-denied',
    operation: 'AssumeRoleWithWebIdentity',
    code: 'AccessDenied',
    proves: TOKEN,
    failsAt: 'trust.evaluate',
    sources: [STS_API, IRSA_ERRORS],
  },
  {
    id: 'no-provider',
    operation: 'AssumeRoleWithWebIdentity',
    code: 'InvalidIdentityToken',
    message: 'No OpenIDConnect provider found',
    proves: CALLED,
    failsAt: 'iam.provider',
    sources: [IRSA_ERRORS, INVALID_TOKEN],
  },
  {
    id: 'incorrect-audience',
    operation: 'AssumeRoleWithWebIdentity',
    code: 'InvalidIdentityToken',
    message: 'Incorrect token audience',
    proves: PROVIDER,
    failsAt: 'sts.audience',
    sources: [IRSA_ERRORS, STS_API],
  },
  {
    id: 'verification-key',
    operation: 'AssumeRoleWithWebIdentity',
    code: 'InvalidIdentityToken',
    message: "Couldn't retrieve verification key",
    proves: AUDIENCE,
    failsAt: 'jwt.key',
    ordered: true,
    sources: [INVALID_TOKEN, STS_API],
  },
  {
    id: 'signature-invalid',
    operation: 'AssumeRoleWithWebIdentity',
    code: 'InvalidIdentityToken',
    message: 'signature',
    proves: KEY,
    failsAt: 'jwt.signature',
    ordered: true,
    sources: [STS_API],
  },
  {
    id: 'idp-unreachable',
    operation: 'AssumeRoleWithWebIdentity',
    code: 'IDPCommunicationError',
    proves: AUDIENCE,
    failsAt: 'oidc.discovery',
    ordered: true,
    sources: [STS_API],
  },
  {
    id: 'expired',
    operation: 'AssumeRoleWithWebIdentity',
    code: 'ExpiredTokenException',
    proves: SIGNATURE,
    failsAt: 'jwt.time',
    ordered: true,
    sources: [STS_API, OIDC_FEDERATION],
  },
  {
    id: 'invalid-arn',
    operation: 'AssumeRoleWithWebIdentity',
    code: 'ValidationError',
    message: 'Request ARN is invalid',
    proves: ['sdk.credential-chain'],
    failsAt: 'sts.request',
    sources: [IRSA_ERRORS],
  },
  {
    // Another InvalidIdentityToken (a missing claim, a malformed token): the provider was read from
    // the token at least; nothing more is certain.
    id: 'invalid-token',
    operation: 'AssumeRoleWithWebIdentity',
    code: 'InvalidIdentityToken',
    proves: CALLED.slice(0, 2),
    failsAt: 'sts.token',
    sources: [STS_API],
  },
  {
    // An API call denied to the IRSA role's session: STS issued its credentials, so the whole chain
    // passed, the trust policy included; the role's permission policy is what denies.
    id: 'api-denied-role',
    operation: 'api',
    code: 'AccessDenied',
    principal: 'assumedRole',
    proves: ISSUED,
    failsAt: 'api.call',
    sources: [ACCESS_DENIED],
  },
  {
    // An API call denied to the node's instance role: the SDK never found web identity settings
    // (the webhook did not mutate the pod), so STS was never called and proves nothing.
    id: 'api-denied-node',
    operation: 'api',
    code: 'AccessDenied',
    principal: 'nodeRole',
    proves: [],
    failsAt: 'sdk.credential-chain',
    sources: [ACCESS_DENIED, IRSA_ERRORS],
  },
]

/** What the user has: an error's operation, code, message and (for API errors) principal. */
export interface ErrorFacts {
  operation?: ErrorOperation
  code?: string
  message?: string
  principal?: ErrorPrincipal
}

/** The proof an error gives: its rule and the steps it proves passed. */
export interface Proof {
  rule: ProofRule
  /** The error code as matched (for the sentence). */
  code: string
  steps: readonly string[]
}

const normalizeCode = (code: string) =>
  code === 'ExpiredTokenException' ? code : code.replace(/Exception$/, '')

/**
 * The rule for an error, or undefined when the table has none (then nothing is claimed). An error
 * without an operation is taken as the STS call's (the error line and CloudTrail readers only
 * accept AssumeRoleWithWebIdentity errors).
 */
export function proofFor(facts: ErrorFacts): Proof | undefined {
  if (!facts.code) return undefined
  const code = normalizeCode(facts.code)
  const operation = facts.operation ?? 'AssumeRoleWithWebIdentity'
  const message = (facts.message ?? '').toLowerCase()
  const rule = PROOF_RULES.find(
    (r) =>
      r.operation === operation &&
      r.code === code &&
      (r.message === undefined || message.includes(r.message.toLowerCase())) &&
      (r.principal === undefined || r.principal === facts.principal),
  )
  return rule ? { rule, code, steps: rule.proves } : undefined
}

/**
 * Whose credentials an API error names: `User: arn:aws:sts::<account>:assumed-role/<role>/<session>`.
 * The node's instance role is told by its session name (an EC2 instance id, `i-…`, which IMDS
 * credentials carry) or by the role name given as the node role.
 */
export function principalOf(message: string, nodeRoleName?: string): ErrorPrincipal | undefined {
  const match = /assumed-role\/([^/\s"]+)\/([^\s"]+)/.exec(message)
  if (!match) return undefined
  if (/^i-[0-9a-f]{8,17}$/.test(match[2]!) || match[1] === nodeRoleName) return 'nodeRole'
  return 'assumedRole'
}

/** The default credential chains' "found nothing" errors: botocore, the JS SDK v3, Java, Go. */
const NO_CREDENTIALS =
  /Unable to locate credentials|NoCredentialProviders|Could not load credentials from any providers|Unable to load (?:AWS )?credentials from any (?:of the providers )?in the chain/i

const ERROR_TEXT =
  /An error occurred \((\w+)\) when calling the (\w+) operation: ([^\n]*)|\b(\w+?)(?:Exception)?: (?=([^\n]*))/g

/**
 * The facts of an error as pasted (the AWS CLI / boto3 form, `Code: message`, an SDK's
 * `…Exception: message`): the operation, the code, the message and, for an API call's
 * AccessDenied, whose credentials it names. `noCredentials` when it is the SDK's "no credentials
 * found". Never throws; text it does not recognise gives `{}`.
 */
export function errorFacts(text: unknown): ErrorFacts & { noCredentials?: boolean } {
  if (typeof text !== 'string' || text.length > 100_000) return {}
  if (NO_CREDENTIALS.test(text)) return { noCredentials: true }
  // A wrapper's own `Name: …` (Go's `WebIdentityErr: failed to retrieve credentials`) comes
  // first: the first match whose code the table knows wins, else the first match.
  const matches = [...text.matchAll(ERROR_TEXT)]
  const known = new Set(PROOF_RULES.map((r) => r.code))
  const m = matches.find((x) => known.has(normalizeCode(x[1] ?? x[4] ?? ''))) ?? matches[0]
  if (!m) return {}
  const [, cliCode, operation, cliMessage, code, message] = m
  const facts: ErrorFacts = {
    code: normalizeCode(cliCode ?? code!),
    message: (cliMessage ?? message ?? '').trim(),
  }
  const isSts =
    operation === undefined
      ? /sts:AssumeRoleWithWebIdentity|OpenIDConnect|token audience|Token expired|verification key|signature/i.test(
          facts.message!,
        ) || facts.code !== 'AccessDenied'
      : operation === 'AssumeRoleWithWebIdentity'
  facts.operation = isSts ? 'AssumeRoleWithWebIdentity' : 'api'
  if (!isSts) {
    const principal = principalOf(facts.message!)
    if (principal) facts.principal = principal
  }
  return facts
}
