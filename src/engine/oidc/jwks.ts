/**
 * Lint of the JWKS an issuer serves (RFC 7517 §4–5, RFC 7518 §6; EKS layout spec §2.2:
 * `{ keys: [{ use: 'sig', kty: 'RSA', kid, alg: 'RS256', n, e }] }`). Pointers are into the JWKS.
 */
import { isStsAcceptedAlg, STS_ACCEPTED_ALGS } from '../jwt/constants'
import { joinPointer } from '../text/pointer'
import type { Finding } from '../types'
import type { PlainFindingCode } from '../finding'
import { OIDC_FINDINGS } from './findings'

/** The members each key type needs (RFC 7518 §6.2.1, §6.3.1). */
const REQUIRED_MEMBERS: Record<string, readonly string[]> = {
  RSA: ['n', 'e'],
  EC: ['crv', 'x', 'y'],
}

/** Private-key members (RFC 7518 §6.2.2, §6.3.2, §6.4): never in a public JWKS. */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const

const BASE64URL = /^[A-Za-z0-9_-]*$/

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * Checks a JWKS and each of its keys; never throws.
 *
 * @example
 * validateJwks({ keys: [{ kty: 'RSA', e: 'AQAB' }] }).map((f) => [f.code, f.pointer])
 * // [['oidc.jwks.member-missing', '/keys/0'], ['oidc.jwks.kid-missing', '/keys/0'], …]
 */
export function validateJwks(jwks: unknown): Finding[] {
  const make = (code: PlainFindingCode<typeof OIDC_FINDINGS>, message: string, pointer: string) =>
    OIDC_FINDINGS.make(code, message, 'jwks', { pointer })
  if (!isObject(jwks)) return [make('oidc.jwks.not-object', 'The JWKS is not a JSON object.', '')]
  if (!Array.isArray(jwks.keys)) {
    return [make('oidc.jwks.no-keys', 'The JWKS has no "keys" array.', '')]
  }
  if (jwks.keys.length === 0) return [make('oidc.jwks.empty', 'The JWKS has no keys.', '/keys')]
  const findings: Finding[] = []
  const kids = new Map<string, number>()
  jwks.keys.forEach((key: unknown, index: number) => {
    const at = joinPointer('/keys', index)
    if (!isObject(key)) {
      findings.push(make('oidc.jwks.key-not-object', `Key ${index} is not a JSON object.`, at))
      return
    }
    const kty = key.kty
    // Own properties only: a kty of "constructor" must not find Object.prototype's.
    const required =
      typeof kty === 'string' && Object.prototype.hasOwnProperty.call(REQUIRED_MEMBERS, kty)
        ? REQUIRED_MEMBERS[kty]
        : undefined
    if (kty === undefined) {
      findings.push(make('oidc.jwks.kty-missing', `Key ${index} has no "kty".`, at))
    } else if (!required) {
      findings.push(
        make(
          'oidc.jwks.kty-unsupported',
          `Key ${index} has "kty" ${JSON.stringify(kty)}; STS verifies RSA and EC keys only.`,
          joinPointer(at, 'kty'),
        ),
      )
    } else {
      for (const member of required) {
        const value = key[member]
        if (value === undefined) {
          findings.push(
            make('oidc.jwks.member-missing', `The ${kty} key ${index} has no "${member}".`, at),
          )
        } else if (typeof value !== 'string' || (member !== 'crv' && !BASE64URL.test(value))) {
          findings.push(
            make(
              'oidc.jwks.member-invalid',
              `"${member}" of key ${index} must be a base64url string.`,
              joinPointer(at, member),
            ),
          )
        }
      }
    }
    if (key.kid === undefined) {
      findings.push(
        make(
          'oidc.jwks.kid-missing',
          `Key ${index} has no "kid": STS selects the key by the token's kid.`,
          at,
        ),
      )
    } else if (typeof key.kid === 'string') {
      const first = kids.get(key.kid)
      if (first === undefined) kids.set(key.kid, index)
      else {
        findings.push(
          make(
            'oidc.jwks.duplicate-kid',
            `Keys ${first} and ${index} have the same kid "${key.kid}".`,
            joinPointer(at, 'kid'),
          ),
        )
      }
    } else {
      findings.push(
        make(
          'oidc.jwks.member-invalid',
          `"kid" of key ${index} is not a string.`,
          joinPointer(at, 'kid'),
        ),
      )
    }
    if (key.use !== undefined && key.use !== 'sig') {
      findings.push(
        make(
          'oidc.jwks.use-not-sig',
          `Key ${index} has "use" ${JSON.stringify(key.use)}, not "sig": it cannot verify signatures.`,
          joinPointer(at, 'use'),
        ),
      )
    }
    if (key.alg !== undefined && !isStsAcceptedAlg(key.alg)) {
      findings.push(
        make(
          'oidc.jwks.alg-not-accepted',
          `Key ${index} is for ${JSON.stringify(key.alg)}; STS accepts ${STS_ACCEPTED_ALGS.join(', ')}.`,
          joinPointer(at, 'alg'),
        ),
      )
    }
    for (const member of PRIVATE_MEMBERS) {
      if (Object.prototype.hasOwnProperty.call(key, member)) {
        findings.push(
          make(
            'oidc.jwks.private-member',
            `Key ${index} holds the private member "${member}": this is a private key, published to everyone.`,
            joinPointer(at, member),
          ),
        )
      }
    }
  })
  return findings
}
