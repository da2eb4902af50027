/**
 * What an engineer has at 2 a.m.: the AWS error line (CLI, SDK, a pod log's `Error:`), a CloudTrail
 * `AssumeRoleWithWebIdentity` event (a single record, a `Records` array, or `lookup-events`
 * output with `CloudTrailEvent` strings), or a decoded JWT payload. `readEvidence` pulls the facts
 * out; `checksProven` says which checks the error proves passed; `triageSubject` compares the
 * subject with a trust policy condition by condition, down to the characters.
 *
 * Sources: AWS STS API Reference, AssumeRoleWithWebIdentity "Errors" (the error codes and
 * messages); CloudTrail User Guide, "AWS STS API calls … in CloudTrail" (the WebIdentityUser
 * `userIdentity`: `identityProvider`, `userName` = the token's sub, `principalId` =
 * `<provider>:<aud>:<sub>`); failures before STS validated the token (signature, key retrieval)
 * are returned to the caller but the trust policy was never reached — stated assumption: such
 * calls may not appear in CloudTrail, so a missing event points before the trust policy.
 */
import { literalPattern, patternMatches, subjectSet } from '../../engine'
import { refusal } from '../export/safety'
import { shellQuote } from '../export/shell'

/** The STS errors an engineer sees for AssumeRoleWithWebIdentity. */
export type StsErrorCode =
  | 'AccessDenied'
  | 'InvalidIdentityToken'
  | 'ExpiredTokenException'
  | 'IDPCommunicationError'
  | 'IDPRejectedClaim'
  | 'MalformedPolicyDocument'
  | 'PackedPolicyTooLarge'
  | 'RegionDisabledException'
  | 'ValidationError'

/** The checks of the chain, in order, that an error can prove passed. */
export type ProvableCheck = 'provider' | 'audience' | 'signature' | 'time' | 'trustPolicy'

export interface Evidence {
  source: 'errorLine' | 'cloudTrail' | 'payload'
  errorCode?: string
  errorMessage?: string
  /** Provider host/path (no scheme). */
  provider?: string
  sub?: string
  aud?: string
  roleArn?: string
  roleSessionName?: string
  /** ISO 8601: the event's time, or the payload's iat. */
  time?: string
  /** The CloudTrail event name when it was another event (then nothing is filled). */
  otherEvent?: string
}

const ERROR_LINE =
  /(?:An error occurred \((\w+)\) when calling the AssumeRoleWithWebIdentity operation: |\b(AccessDenied|InvalidIdentityToken|ExpiredTokenException|IDPCommunicationError|IDPRejectedClaim)(?:Exception)?:\s*)([^\n]*)/
const PROVIDER_IN_MESSAGE = /https:\/\/([^\s"']+)/
const PROVIDER_ARN = /^arn:aws[a-z-]*:iam::\d{12}:oidc-provider\/(.+)$/

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown) => (typeof v === 'string' ? v : undefined)

/** The AWS SDK for Java's suffix: v1 `(Service: …; Error Code: X; Request ID: …)`, v2 `(Service: Sts, …)`. */
const JAVA_SUFFIX = /\s*\(Service: [^)]*\)\s*$/
const JAVA_ERROR_CODE = /Error Code: (\w+)/
/** STS's AccessDenied message for a trust policy that refuses (the Java SDK v2 prints no code). */
const JAVA_V2_DENIED =
  /\w+Exception: (Not authorized to perform sts:AssumeRoleWithWebIdentity)\s*\(Service: [^)]*Status Code: 403/
/** botocore and the AWS CLI: `[<exception class>: ]An error occurred (Code) when calling …: message`. */
const BOTOCORE_LINE =
  /An error occurred \((\w+)\) when calling the AssumeRoleWithWebIdentity operation: ([^\n]*)/

function fromErrorLine(text: string): Evidence | undefined {
  const denied = JAVA_V2_DENIED.exec(text)
  // botocore's form first: boto3 prefixes it with an exception class named after the code.
  const botocore = BOTOCORE_LINE.exec(text)
  const match =
    (botocore ? ['', botocore[1]!, undefined, botocore[2]!] : null) ??
    ERROR_LINE.exec(text) ??
    (denied ? ['', 'AccessDenied', undefined, denied[1]!] : null)
  if (!match) return undefined
  const line = match[3]!
  const code = JAVA_ERROR_CODE.exec(line)?.[1] ?? match[1] ?? match[2]!
  const message = line.replace(JAVA_SUFFIX, '').trim()
  const evidence: Evidence = { source: 'errorLine', errorCode: code, errorMessage: message }
  const provider = PROVIDER_IN_MESSAGE.exec(message)?.[1]
  if (provider) evidence.provider = provider.replace(/[.,;]+$/, '').replace(/\/+$/, '')
  return evidence
}

function fromCloudTrailRecord(record: Record<string, unknown>): Evidence {
  const name = str(record.eventName)
  if (name !== 'AssumeRoleWithWebIdentity') return { source: 'cloudTrail', otherEvent: name ?? '?' }
  const evidence: Evidence = { source: 'cloudTrail' }
  const identity = isRecord(record.userIdentity) ? record.userIdentity : {}
  const providerArn = str(identity.identityProvider)
  if (providerArn) evidence.provider = PROVIDER_ARN.exec(providerArn)?.[1] ?? providerArn
  const sub = str(identity.userName)
  if (sub) evidence.sub = sub
  // principalId = <provider>:<aud>:<sub>: the audience sits between the provider and the subject.
  const principalId = str(identity.principalId)
  if (principalId && providerArn && sub && principalId.startsWith(`${providerArn}:`)) {
    const rest = principalId.slice(providerArn.length + 1)
    if (rest.endsWith(`:${sub}`)) evidence.aud = rest.slice(0, -sub.length - 1)
  }
  const request = isRecord(record.requestParameters) ? record.requestParameters : {}
  const roleArn = str(request.roleArn)
  if (roleArn) evidence.roleArn = roleArn
  const session = str(request.roleSessionName)
  if (session) evidence.roleSessionName = session
  const time = str(record.eventTime)
  if (time) evidence.time = time
  const code = str(record.errorCode)
  if (code) evidence.errorCode = code
  const message = str(record.errorMessage)
  if (message) evidence.errorMessage = message
  return evidence
}

function cloudTrailRecords(value: unknown): Record<string, unknown>[] | undefined {
  if (isRecord(value) && typeof value.eventName === 'string') return [value]
  if (isRecord(value) && Array.isArray(value.Records)) return value.Records.filter(isRecord)
  if (isRecord(value) && Array.isArray(value.Events)) {
    // `aws cloudtrail lookup-events`: each event's JSON as a string.
    return value.Events.flatMap((e) => {
      if (!isRecord(e) || typeof e.CloudTrailEvent !== 'string') return []
      try {
        const inner: unknown = JSON.parse(e.CloudTrailEvent)
        return isRecord(inner) ? [inner] : []
      } catch {
        return []
      }
    })
  }
  return undefined
}

function fromPayload(value: Record<string, unknown>): Evidence | undefined {
  const iss = str(value.iss)
  const sub = str(value.sub)
  if (!iss || !sub || !('exp' in value || 'aud' in value)) return undefined
  const evidence: Evidence = { source: 'payload', provider: iss.replace(/^https:\/\//, ''), sub }
  const aud = Array.isArray(value.aud) ? str(value.aud[0]) : str(value.aud)
  if (aud) evidence.aud = aud
  if (typeof value.iat === 'number' && Number.isFinite(value.iat))
    evidence.time = new Date(value.iat * 1000).toISOString()
  return evidence
}

/**
 * Every piece of evidence in a paste. Never throws; other JSON yields nothing (or, for another
 * CloudTrail event, an `otherEvent` entry the UI words as "not an AssumeRoleWithWebIdentity event").
 */
export function readEvidence(text: unknown): Evidence[] {
  if (typeof text !== 'string' || text.trim() === '' || text.length > 1_000_000) return []
  try {
    const trimmed = text.trim()
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      let value: unknown
      try {
        value = JSON.parse(trimmed)
      } catch {
        return []
      }
      const records = cloudTrailRecords(value)
      if (records) return records.map(fromCloudTrailRecord)
      if (isRecord(value)) {
        const payload = fromPayload(value)
        return payload ? [payload] : []
      }
      return []
    }
    const line = fromErrorLine(text)
    return line ? [line] : []
  } catch {
    return []
  }
}

/**
 * The checks an error proves passed. STS validates the token (provider, audience, signature, time)
 * before it evaluates the trust policy; `AccessDenied` therefore proves all four.
 */
export function checksProven(
  evidence: Pick<Evidence, 'errorCode' | 'errorMessage'>,
): ProvableCheck[] {
  const message = evidence.errorMessage ?? ''
  switch (evidence.errorCode) {
    case 'AccessDenied':
      return ['provider', 'audience', 'signature', 'time']
    case 'ExpiredTokenException':
      return ['provider', 'audience', 'signature']
    case 'InvalidIdentityToken':
      if (/Incorrect token audience/i.test(message)) return ['provider']
      if (/No OpenIDConnect provider found/i.test(message)) return []
      return ['provider', 'audience']
    default:
      return []
  }
}

/** Whether AWS logs this failure in CloudTrail (stated assumption above). */
export function reachesCloudTrail(evidence: Pick<Evidence, 'errorCode' | 'errorMessage'>): boolean {
  if (evidence.errorCode === 'IDPCommunicationError') return false
  if (evidence.errorCode === 'InvalidIdentityToken')
    return !/signature|keys|JWKS|could not be verified/i.test(evidence.errorMessage ?? '')
  return true
}

/** The character-level difference of two strings: common prefix, the differing middles, suffix. */
export interface CharDiff {
  prefix: string
  expected: string
  actual: string
  suffix: string
}

export function charDiff(expected: string, actual: string): CharDiff {
  let start = 0
  while (start < expected.length && start < actual.length && expected[start] === actual[start])
    start++
  let end = 0
  while (
    end < expected.length - start &&
    end < actual.length - start &&
    expected[expected.length - 1 - end] === actual[actual.length - 1 - end]
  )
    end++
  return {
    prefix: expected.slice(0, start),
    expected: expected.slice(start, expected.length - end),
    actual: actual.slice(start, actual.length - end),
    suffix: expected.slice(expected.length - end),
  }
}

/** The verdict on the trust policy for the evidence's subject and audience. */
export interface SubjectTriage {
  admitted: boolean
  /** The closest `:sub` value of the policy (least differing), when the subject is not admitted. */
  closest?: { pattern: string; diff: CharDiff }
  /** Audience admitted by the policy? (undefined: unknown). */
  audienceAdmitted?: boolean
  /** The policy with the closest value replaced by the subject (the fix), when there is one. */
  fixedPolicy?: string
}

const distance = (d: CharDiff) => Math.max(d.expected.length, d.actual.length)

/** Compares a subject with a trust policy, condition by condition. */
export function triageSubject(trustPolicy: string, sub: string, aud?: string): SubjectTriage {
  let root: unknown
  try {
    root = JSON.parse(trustPolicy)
  } catch {
    return { admitted: false }
  }
  const set = subjectSet(root)
  const admitted = set.entries.some(
    (e) =>
      e.sub.match.some((p) => patternMatches(p, sub)) &&
      !e.sub.except.some((p) => patternMatches(p, sub)),
  )
  const result: SubjectTriage = { admitted }
  if (aud !== undefined)
    result.audienceAdmitted = set.entries.some((e) =>
      e.aud.match.some((p) => patternMatches(p, aud)),
    )
  if (admitted) return result
  let best: { pattern: string; diff: CharDiff } | undefined
  for (const entry of set.entries)
    for (const pattern of entry.sub.match) {
      const diff = charDiff(pattern, sub)
      if (!best || distance(diff) < distance(best.diff)) best = { pattern, diff }
    }
  if (best) {
    result.closest = best
    const written = best.pattern.replace(/\$\{([*?$])\}/g, '$1')
    const text = JSON.stringify(root, null, 2)
    const quoted = JSON.stringify(written)
    if (text.includes(quoted) && literalPattern(written) === best.pattern)
      result.fixedPolicy = text.split(quoted).join(JSON.stringify(sub))
  }
  return result
}

/** The command that puts the fixed trust policy on the role. */
export function fixCommand(roleArn: string | undefined, roleName: string): string {
  // The export's hardening (export/safety.ts): the name bound to its option and quoted; a name
  // from a pasted record that the CLI could read as an option, a parameter file or that hides
  // characters is not printed: the command names a shell variable for the user to set instead.
  const safe = (v: string | undefined) => !!v && !refusal('roleName', v, 'aws')
  const fromArn = roleArn?.split('/').pop()
  const name = safe(fromArn) ? fromArn : safe(roleName) ? roleName : undefined
  const option = name === undefined ? '"$ROLE_NAME"' : shellQuote(name)
  return `aws iam update-assume-role-policy --role-name=${option} --policy-document=file://trust-policy.json`
}
