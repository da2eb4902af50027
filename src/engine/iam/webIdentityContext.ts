/**
 * The request context STS builds for AssumeRoleWithWebIdentity from a verified OIDC token.
 *
 * Source: IAM User Guide, "Available keys for AWS web identity federation" — for a generic OIDC
 * provider only `<provider>:aud`, `:sub`, `:amr` and `:azp` exist, where <provider> is the issuer URL
 * without `https://` (the same host/path as the provider ARN); any other claim (e.g. Kubernetes'
 * `kubernetes.io`) cannot be conditioned on (shared spec §6.2). Global keys `aws:CurrentTime` and
 * `aws:EpochTime` are in every request; `sts:RoleSessionName` is the session name of the request.
 * `aws:FederatedProvider` is NOT added: AWS documents it on requests made with the resulting role
 * session, not on the AssumeRoleWithWebIdentity request itself.
 *
 * Assumption (spec §10, UNCONFIRMED): a token `aud` array with one entry gives a single-valued
 * `:aud`; with several entries `:aud` is the matched client ID when `matchedAudience` is given, else
 * the whole list (multivalued). IRSA tokens always carry exactly one audience.
 */
import type { PolicyRequest } from '../types'

/** Extra request facts. */
export interface WebIdentityExtras {
  roleSessionName?: string
  /** The evaluation instant, ISO 8601. */
  now?: string
  /** The token audience STS matched against the provider's client IDs (see the assumption above). */
  matchedAudience?: string
}

/**
 * The condition-key prefix of an issuer: the URL without its scheme, exactly as written otherwise —
 * the same host/path as the IAM OIDC provider's name in its ARN (spec §4). A trailing slash is kept:
 * a provider registered as `https://host/` (which only a token whose `iss` is `https://host/`
 * matches, aws/aws-sam-cli#7432) has the keys `host/:aud` and `host/:sub`. Case is kept too; IAM
 * compares condition-key names case-insensitively (IAM User Guide, Condition element), so a
 * policy key's case never matters, while the provider lookup itself is case-sensitive.
 */
export function providerKeyPrefix(issuer: string): string {
  return issuer.replace(/^https?:\/\//i, '')
}

function claimValue(value: unknown): string | string[] | undefined {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) {
    const strings = value.filter((v): v is string => typeof v === 'string')
    if (strings.length === 1) return strings[0]
    return strings.length > 0 ? strings : undefined
  }
  return undefined
}

/** ISO 8601 UTC without milliseconds, as aws:CurrentTime is shown (e.g. 2024-06-01T12:00:00Z). */
function currentTime(ms: number): string {
  // A re-run asks for the same instant: the last answer is kept.
  if (lastTime?.ms !== ms)
    lastTime = { ms, text: new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z') }
  return lastTime.text
}
let lastTime: { ms: number; text: string } | undefined

/**
 * Builds the request context of AssumeRoleWithWebIdentity.
 *
 * @example
 * buildWebIdentityContext({ sub: 'system:serviceaccount:example:example-sa', aud: ['sts.amazonaws.com'] },
 *   'https://oidc.eks.ap-northeast-2.amazonaws.com/id/ABC', { now: '2024-06-01T00:00:00Z' })
 * // { 'oidc.eks.ap-northeast-2.amazonaws.com/id/ABC:sub': 'system:serviceaccount:example:example-sa', … }
 */
export function buildWebIdentityContext(
  claims: Record<string, unknown>,
  issuer: string,
  extra: WebIdentityExtras = {},
): PolicyRequest['context'] {
  const context: PolicyRequest['context'] = {}
  const prefix = providerKeyPrefix(typeof issuer === 'string' ? issuer : '')
  const safeClaims: Record<string, unknown> = claims && typeof claims === 'object' ? claims : {}
  const get = (name: string) =>
    Object.prototype.hasOwnProperty.call(safeClaims, name) ? safeClaims[name] : undefined
  const sub = get('sub')
  if (typeof sub === 'string') context[`${prefix}:sub`] = sub
  const aud = claimValue(get('aud'))
  if (aud !== undefined) {
    context[`${prefix}:aud`] =
      Array.isArray(aud) &&
      extra.matchedAudience !== undefined &&
      aud.includes(extra.matchedAudience)
        ? extra.matchedAudience
        : aud
  }
  const amr = claimValue(get('amr'))
  if (amr !== undefined) context[`${prefix}:amr`] = amr
  const azp = get('azp')
  if (typeof azp === 'string') context[`${prefix}:azp`] = azp
  if (extra.now !== undefined) {
    const ms = Date.parse(extra.now)
    if (Number.isFinite(ms)) {
      context['aws:CurrentTime'] = currentTime(ms)
      context['aws:EpochTime'] = Math.floor(ms / 1000)
    }
  }
  if (extra.roleSessionName !== undefined) context['sts:RoleSessionName'] = extra.roleSessionName
  return context
}
