/**
 * A finding's message in the reader's language, keyed by its code. The engine carries specifics
 * (names, values) only in its English prose, so where a fuller sentence needs them, a pattern reads
 * them from that prose; when it does not match (the engine's wording changed), the generic sentence
 * for the code is used instead, which still says what is wrong (the pointer says where).
 */
import type { Finding } from '../../engine'
import { keyMessage, type Message } from './message'

/** 'trust.condition.aud-sub-swapped' → 'trust_condition_aud-sub-swapped' (dots nest in i18next). */
export const findingKey = (code: string) => code.replace(/\./g, '_')

/**
 * Fuller sentences per code: variant name → the pattern of the engine's English message, whose
 * named groups are the template's placeholders (checked by the unit test in both languages).
 */
export const FINDING_VARIANTS: Readonly<Record<string, Readonly<Record<string, RegExp>>>> = {
  'document.too-many-errors': {
    count:
      /^…and (?<count>\d+) more syntax errors? in this document \(only the first (?<listed>\d+) are listed\)\.$/,
  },
  'document.too-many-duplicate-keys': {
    count:
      /^…and (?<count>\d+) more duplicate keys? in this document \(only the first (?<listed>\d+) are listed\)\.$/,
  },
  'sts.claim.missing': { claim: /^The token has no (?:numeric )?(?<claim>\w+) claim\.$/ },
  'sts.token.expired': { seconds: /^The token expired (?<seconds>\d+) s before now\.$/ },
  'oidc.key.unknown-kid': { kid: /^No key in the JWKS has kid "(?<kid>[^"]*)"/ },
  'sts.provider.not-found': {
    account: /^Account (?<account>\d+) has no IAM OIDC provider for (?<issuer>\S+)\.$/,
    otherAccount:
      /^The role is in account (?<account>\d+); the providers listed are in (?<listed>\d+)\.$/,
  },
  'sdk.session-name.default': { name: /names the session (?<name>\S+)\.$/ },
  'token.subject-mismatch': {
    subjects: /^The token is for (?<sub>\S+), but the pod runs as (?<expected>\S+):/,
  },
  'token.audience-differs-from-volume': {
    audiences:
      /^The projected volume asks for audience (?<volume>\S+), but the token carries (?<token>.+)\.$/,
  },
  'sts.request.duration-exceeds-max': {
    values:
      /^DurationSeconds (?<requested>\d+) exceeds the role's MaxSessionDuration (?<max>\d+)\.$/,
  },
  'sts.audience.mismatch': { aud: /^The provider's client IDs do not include (?<aud>.+)\.$/ },
  'trust.condition.wildcard-without-like': {
    value: /^(?<operator>\S+) compares "(?<value>[^"]*)" literally/,
  },
  'webhook.sa.role-arn-malformed': { arn: /^Not a role ARN: "(?<arn>[^"]*)"\.$/ },
  'sts.role.not-found': {
    role: /^Account (?<account>\d+) has no role named (?<name>\S+) at path (?<path>\S+)\.$/,
  },
  'sts.request.role-arn-overridden': {
    arns: /^The request names (?<request>\S+); the pod's AWS_ROLE_ARN says (?<pod>\S+)\.$/,
  },
  'trust.condition.sub-wildcard-service-accounts': {
    value: /^"(?<value>[^"]*)" lets every matching service account/,
  },
  'trust.condition.sub-wildcard-namespaces': {
    value: /^"(?<value>[^"]*)" matches service accounts in any namespace/,
  },
  'trust.condition.aud-sub-swapped': {
    subjectInAud: /^"(?<value>[^"]*)" is a subject, but the key is :aud\.$/,
    audienceInSub: /^"(?<value>[^"]*)" is an audience, but the key is :sub\.$/,
  },
  'sts.trust.denied': { explicitDeny: /^A Deny statement of the trust policy matches/ },
  'text.invisible-character': Object.fromEntries(
    (
      [
        ['zeroWidth', 'zero-width character'],
        ['bidi', 'bidirectional control'],
        ['control', 'control character'],
        ['space', 'look-alike space'],
      ] as const
    ).map(([variant, words]) => [
      variant,
      new RegExp(
        `^The (?:key|value) holds an invisible ${words}, (?<codePoint>U\\+[0-9A-F]+), at character (?<index>\\d+)\\.$`,
      ),
    ]),
  ),
}

/** The message for a finding: the fullest sentence whose values can be read, else the generic one. */
export function findingMessage(finding: Pick<Finding, 'code' | 'message'>): Message {
  const key = findingKey(finding.code)
  for (const [variant, pattern] of Object.entries(FINDING_VARIANTS[finding.code] ?? {})) {
    const groups = pattern.exec(finding.message)?.groups
    if (groups)
      return keyMessage(`findings.variants.${key}.${variant}`, { ...groups }, finding.message)
    if (pattern.test(finding.message)) {
      return keyMessage(`findings.variants.${key}.${variant}`, undefined, finding.message)
    }
  }
  return keyMessage(`findings.messages.${key}`, undefined, finding.message)
}
