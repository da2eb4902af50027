/**
 * Shape checks of a decoded header and claims: only what makes a token unreadable or rejected
 * whatever its values (types, integer timestamps, algorithms). Value checks (expiry, audience,
 * issuer) belong to the STS steps, which report every one of them.
 */
import type { Finding } from '../types'
import {
  NUMERIC_DATE_CLAIMS,
  STRING_CLAIMS,
  isStsAcceptedAlg,
  STS_ACCEPTED_ALGS,
} from './constants'
import { JWT_FINDINGS } from './findings'

const has = (object: Record<string, unknown>, key: string) =>
  Object.prototype.hasOwnProperty.call(object, key)

/** Checks the protected header: `alg` present, a string, not `none`, one STS accepts. */
export function checkHeader(header: Record<string, unknown>): Finding[] {
  const findings: Finding[] = []
  const alg = header.alg
  if (!has(header, 'alg')) {
    findings.push(
      JWT_FINDINGS.make('jwt.header.alg-missing', 'The header has no "alg".', 'token', {
        pointer: '/header',
      }),
    )
  } else if (typeof alg !== 'string') {
    findings.push(
      JWT_FINDINGS.make('jwt.header.alg-invalid', '"alg" is not a string.', 'token', {
        pointer: '/header/alg',
      }),
    )
  } else if (alg.toLowerCase() === 'none') {
    findings.push(
      JWT_FINDINGS.make(
        'jwt.header.alg-none',
        '"alg" is "none": an unsigned token, which no verifier may accept.',
        'token',
        { pointer: '/header/alg' },
      ),
    )
  } else if (!isStsAcceptedAlg(alg)) {
    findings.push(
      JWT_FINDINGS.make(
        'jwt.header.alg-not-accepted',
        `STS accepts ${STS_ACCEPTED_ALGS.join(', ')}; this token uses "${alg}".`,
        'token',
        { pointer: '/header/alg' },
      ),
    )
  }
  if (has(header, 'kid') && typeof header.kid !== 'string') {
    findings.push(
      JWT_FINDINGS.make('jwt.header.kid-invalid', '"kid" is not a string.', 'token', {
        pointer: '/header/kid',
      }),
    )
  }
  if (has(header, 'crit')) {
    findings.push(
      JWT_FINDINGS.make(
        'jwt.header.crit',
        'The header has "crit": verifiers reject extensions they do not understand (RFC 7515 §4.1.11).',
        'token',
        { pointer: '/header/crit' },
      ),
    )
  }
  return findings
}

/** Checks the claims' types: integer NumericDates, string iss/sub/jti, a string or string[] aud. */
export function checkClaimShapes(payload: Record<string, unknown>): Finding[] {
  const findings: Finding[] = []
  for (const claim of NUMERIC_DATE_CLAIMS) {
    if (!has(payload, claim)) continue
    const value = payload[claim]
    const pointer = `/payload/${claim}`
    if (typeof value !== 'number') {
      findings.push(
        JWT_FINDINGS.make(
          'jwt.claim.not-numeric-date',
          `"${claim}" must be a number of seconds since the epoch.`,
          'token',
          { pointer },
        ),
      )
    } else if (!Number.isSafeInteger(value)) {
      findings.push(
        JWT_FINDINGS.make(
          'jwt.claim.not-integer',
          `"${claim}" is ${value}; STS requires integer timestamps.`,
          'token',
          { pointer },
        ),
      )
    }
  }
  for (const claim of STRING_CLAIMS) {
    if (has(payload, claim) && typeof payload[claim] !== 'string') {
      findings.push(
        JWT_FINDINGS.make('jwt.claim.not-string', `"${claim}" must be a string.`, 'token', {
          pointer: `/payload/${claim}`,
        }),
      )
    }
  }
  if (has(payload, 'aud')) findings.push(...checkAudience(payload.aud))
  return findings
}

/** RFC 7519 §4.1.3: `aud` is a string or an array of strings. */
function checkAudience(aud: unknown): Finding[] {
  if (typeof aud === 'string') {
    return [
      JWT_FINDINGS.make(
        'jwt.claim.aud-string',
        '"aud" is a single string: legal, but kube-apiserver always writes an array.',
        'token',
        { pointer: '/payload/aud' },
      ),
    ]
  }
  if (!Array.isArray(aud)) {
    return [
      JWT_FINDINGS.make(
        'jwt.claim.aud-invalid',
        '"aud" must be a string or an array of strings.',
        'token',
        { pointer: '/payload/aud' },
      ),
    ]
  }
  if (aud.length === 0) {
    return [
      JWT_FINDINGS.make('jwt.claim.aud-empty', '"aud" is an empty array.', 'token', {
        pointer: '/payload/aud',
      }),
    ]
  }
  const findings: Finding[] = []
  aud.forEach((value, index) => {
    if (typeof value !== 'string') {
      findings.push(
        JWT_FINDINGS.make(
          'jwt.claim.aud-invalid',
          `"aud" entry ${index} is not a string.`,
          'token',
          {
            pointer: `/payload/aud/${index}`,
          },
        ),
      )
    }
  })
  return findings
}
