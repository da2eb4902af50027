/**
 * The time claims STS checks after the signature (shared/spec/irsa-semantics.md §5.3 step 5).
 * Every check is reported, not only the first that fails, so the explainer can show them all.
 *
 * Sources:
 * - Clock skew on `exp`: IAM User Guide, "OIDC federation" (id_roles_providers_oidc), note at the
 *   top: a token received after the time in its `exp` claim, but within a five-minute window, is
 *   still accepted for further evaluation. So STS answers ExpiredTokenException only past
 *   exp + 300 s. The message keeps `exp` itself ("…the expiration date/time1626191469").
 * - Integer timestamps: STS API reference, AssumeRoleWithWebIdentity `WebIdentityToken`:
 *   "Timestamps in the token must be formatted as either an integer or a long integer."
 *
 * Silent sources, stated as assumptions on the step:
 * - `nbf` and `iat` in the future: no AWS source says whether the skew applies to them. RFC 7519
 *   §4.1.5 allows "some small leeway" on nbf; the same five minutes are assumed for nbf, and a
 *   future `iat` is assumed not to be rejected (no source says STS checks iat at all).
 * - `iat` missing: RFC 7519 makes it optional and no AWS source lists it as required (STS's
 *   verbatim "Missing a required claim" errors are only observed for aud and sub): accepted.
 * - A fractional or string timestamp: refused with InvalidIdentityToken (message unconfirmed).
 */
import type { Finding } from '../types'
import { STS_ERRORS, errorAssumption, type CatalogedError } from './errors'
import { STS_FINDINGS } from './findings'

/** The clock skew IAM documents for OIDC tokens' exp: five minutes. */
export const CLOCK_SKEW_SECONDS = 300

/** The ids of the assumptions a time check may state (assumptions.ts). */
export type TimeAssumption = 'skewNbfIat' | 'noIat'

export interface TimeCheck {
  claim: 'exp' | 'nbf' | 'iat'
  /** The claim's value when it is a number (possibly fractional). */
  value?: number
  ok: boolean
  /** Seconds until (positive) or since (negative) the claim's instant. */
  deltaSeconds?: number
  /** Passed only thanks to the five-minute clock skew. */
  withinSkew?: boolean
  /** Present but not an integer (a fraction, a string…): STS refuses it. */
  notInteger?: boolean
}

export interface TimeClaimsResult {
  checks: TimeCheck[]
  /** The error STS returns for the first failing check, if any. */
  error?: CatalogedError
  findings: Finding[]
  /** Behaviour the sources do not confirm, for the step: ids (assumptions.ts `stated`). */
  assumptions: TimeAssumption[]
}

/** Tokens older than this are unusual for IRSA (the webhook asks for 24 h). */
const LONG_LIVED_SECONDS = 86400

const has = (payload: Record<string, unknown>, claim: string) =>
  Object.prototype.hasOwnProperty.call(payload, claim)

export function checkTimeClaims(
  payload: Record<string, unknown>,
  nowSeconds: number,
): TimeClaimsResult {
  const findings: Finding[] = []
  const checks: TimeCheck[] = []
  const assumptions = new Set<TimeAssumption>()
  let error: CatalogedError | undefined
  const notIntegerError = (): CatalogedError => ({
    ...STS_ERRORS.malformedToken(),
    ...errorAssumption('nonIntegerTime'),
  })

  /** The integer value of a claim; a check (and the error) when it is present but not one. */
  const integer = (claim: TimeCheck['claim']): number | undefined => {
    if (!has(payload, claim)) return undefined
    const value = payload[claim]
    if (typeof value === 'number' && Number.isSafeInteger(value)) return value
    // The decoder already reports jwt.claim.not-integer / jwt.claim.not-numeric-date at the claim.
    const check: TimeCheck = { claim, ok: false, notInteger: true }
    if (typeof value === 'number' && Number.isFinite(value)) check.value = value
    checks.push(check)
    error ??= notIntegerError()
    return undefined
  }

  const exp = integer('exp')
  const nbf = integer('nbf')
  const iat = integer('iat')

  if (!has(payload, 'exp')) {
    checks.unshift({ claim: 'exp', ok: false })
    error ??= STS_ERRORS.missingClaim('exp')
    findings.push(
      STS_FINDINGS.make('sts.claim.missing', 'The token has no numeric exp claim.', 'token', {
        pointer: '/payload',
        data: { claim: 'exp' },
      }),
    )
  } else if (exp !== undefined) {
    const late = nowSeconds - exp
    const ok = late <= CLOCK_SKEW_SECONDS
    const check: TimeCheck = { claim: 'exp', value: exp, ok, deltaSeconds: exp - nowSeconds }
    if (ok && late >= 0) check.withinSkew = true
    checks.push(check)
    if (!ok) {
      error ??= STS_ERRORS.expired(Math.floor(nowSeconds), exp)
      findings.push(
        STS_FINDINGS.make('sts.token.expired', `The token expired ${late} s before now.`, 'token', {
          pointer: '/payload/exp',
          data: { seconds: late },
        }),
      )
    } else if (check.withinSkew) {
      findings.push(
        STS_FINDINGS.make(
          'sts.token.expired-within-skew',
          `The token's exp passed ${late} s ago; STS still accepts it for ${CLOCK_SKEW_SECONDS} s after exp.`,
          'token',
          { pointer: '/payload/exp' },
        ),
      )
    }
  }
  if (nbf !== undefined) {
    const early = nbf - nowSeconds
    const ok = early <= CLOCK_SKEW_SECONDS
    const check: TimeCheck = { claim: 'nbf', value: nbf, ok, deltaSeconds: early }
    if (ok && early > 0) check.withinSkew = true
    checks.push(check)
    if (early > 0) assumptions.add('skewNbfIat')
    if (!ok) {
      error ??= STS_ERRORS.notYetValid()
      findings.push(
        STS_FINDINGS.make(
          'sts.token.not-yet-valid',
          `The token is not valid for another ${early} s.`,
          'token',
          { pointer: '/payload/nbf' },
        ),
      )
    } else if (check.withinSkew) {
      findings.push(
        STS_FINDINGS.make(
          'sts.token.not-yet-valid-within-skew',
          `The token's nbf is ${early} s ahead; within the ${CLOCK_SKEW_SECONDS} s clock skew.`,
          'token',
          { pointer: '/payload/nbf' },
        ),
      )
    }
  }
  if (iat !== undefined) {
    // Never a rejection (see the assumption): reported, and marked when within the skew.
    const ahead = iat - nowSeconds
    const check: TimeCheck = { claim: 'iat', value: iat, ok: true, deltaSeconds: ahead }
    if (ahead > 0 && ahead <= CLOCK_SKEW_SECONDS) check.withinSkew = true
    checks.push(check)
    if (ahead > 0) {
      assumptions.add('skewNbfIat')
      findings.push(
        STS_FINDINGS.make(
          'sts.token.issued-in-future',
          'The token claims to be issued in the future.',
          'token',
          { pointer: '/payload/iat' },
        ),
      )
    }
    if (exp !== undefined && exp - iat > LONG_LIVED_SECONDS) {
      findings.push(
        STS_FINDINGS.make(
          'sts.token.long-lived',
          `The token lives ${Math.round((exp - iat) / 3600)} h; a stolen copy works that long.`,
          'token',
          { pointer: '/payload/exp' },
        ),
      )
    }
  } else if (!has(payload, 'iat')) {
    assumptions.add('noIat')
    findings.push(
      STS_FINDINGS.make(
        'sts.token.no-iat',
        'The token has no iat claim; STS is assumed to accept it.',
        'token',
        { pointer: '/payload' },
      ),
    )
  }
  const order: TimeCheck['claim'][] = ['exp', 'nbf', 'iat']
  checks.sort((a, b) => order.indexOf(a.claim) - order.indexOf(b.claim))
  const result: TimeClaimsResult = { checks, findings, assumptions: [...assumptions] }
  if (error) result.error = error
  return result
}
