/**
 * The time claims STS checks after the signature (shared/spec/irsa-semantics.md §5.3 step 5).
 * Every check is reported, not only the first that fails, so the explainer can show them all.
 */
import type { Finding } from '../types'
import { STS_ERRORS, type CatalogedError } from './errors'
import { STS_FINDINGS } from './findings'

export interface TimeCheck {
  claim: 'exp' | 'nbf' | 'iat'
  value?: number
  ok: boolean
  /** Seconds until (positive) or since (negative) the claim's instant. */
  deltaSeconds?: number
}

export interface TimeClaimsResult {
  checks: TimeCheck[]
  /** The error STS returns for the first failing check, if any. */
  error?: CatalogedError
  findings: Finding[]
}

const numeric = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined

/** Tokens older than this are unusual for IRSA (the webhook asks for 24 h). */
const LONG_LIVED_SECONDS = 86400

export function checkTimeClaims(
  payload: Record<string, unknown>,
  nowSeconds: number,
): TimeClaimsResult {
  const findings: Finding[] = []
  const exp = numeric(payload.exp)
  const nbf = numeric(payload.nbf)
  const iat = numeric(payload.iat)
  const checks: TimeCheck[] = []
  let error: CatalogedError | undefined

  if (exp === undefined) {
    checks.push({ claim: 'exp', ok: false })
    error = STS_ERRORS.missingClaim('exp')
    findings.push(
      STS_FINDINGS.make('sts.claim.missing', 'The token has no numeric exp claim.', 'token', {
        pointer: '/payload',
        data: { claim: 'exp' },
      }),
    )
  } else {
    const ok = nowSeconds < exp
    checks.push({ claim: 'exp', value: exp, ok, deltaSeconds: exp - nowSeconds })
    if (!ok) {
      error = STS_ERRORS.expired(Math.floor(nowSeconds), exp)
      findings.push(
        STS_FINDINGS.make(
          'sts.token.expired',
          `The token expired ${nowSeconds - exp} s before now.`,
          'token',
          { pointer: '/payload/exp', data: { seconds: nowSeconds - exp } },
        ),
      )
    }
  }
  if (nbf !== undefined) {
    const ok = nbf <= nowSeconds
    checks.push({ claim: 'nbf', value: nbf, ok, deltaSeconds: nbf - nowSeconds })
    if (!ok) {
      error ??= STS_ERRORS.notYetValid()
      findings.push(
        STS_FINDINGS.make(
          'sts.token.not-yet-valid',
          `The token is not valid for another ${nbf - nowSeconds} s.`,
          'token',
          {
            pointer: '/payload/nbf',
          },
        ),
      )
    }
  }
  if (iat !== undefined) {
    const ok = iat <= nowSeconds
    checks.push({ claim: 'iat', value: iat, ok, deltaSeconds: iat - nowSeconds })
    if (!ok) {
      findings.push(
        STS_FINDINGS.make(
          'sts.token.issued-in-future',
          'The token claims to be issued in the future.',
          'token',
          {
            pointer: '/payload/iat',
          },
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
  }
  return error ? { checks, error, findings } : { checks, findings }
}
