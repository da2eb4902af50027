/**
 * Which JWKS key verifies a token, explained: STS takes the key whose `kid` equals the token's.
 *
 * Sources: aws/amazon-eks-pod-identity-webhook SELF_HOSTED_SETUP.md (tokens from Kubernetes < 1.16
 * carry no kid, and STS verifies them with a JWKS key whose kid is "": "print the same key twice,
 * once with an empty kid and once populated") and issue #12 (a JWKS whose only key lacks the kid
 * member: "Couldn't retrieve verification key from your identity provider").
 */
import { ASSUMPTION_TEXTS } from '../assumptions'
import { EC_CURVE_OF_ALG } from '../jwt/constants'
import { joinPointer } from '../text/pointer'
import type { Finding } from '../types'
import { OIDC_FINDINGS } from './findings'

/**
 * Exported so the STS step can state it. A token without kid is matched as kid "" (documented);
 * that STS tries no other key, even when the JWKS holds only one, is inferred from issue #12; and
 * that a key whose `alg` or key type does not fit the token's alg is refused follows RFC 7517
 * §4.4 and jose's JWKS selection, not an AWS statement.
 */
export const KEY_SELECTION_ASSUMPTION = ASSUMPTION_TEXTS.keySelection

/** Why a key was or was not selected. Only 'kid-match' yields a usable key. */
export type KeySelectionReason =
  | 'kid-match'
  | 'single-key-no-kid'
  | 'no-kid-several-keys'
  | 'unknown-kid'
  | 'alg-mismatch'
  | 'kty-mismatch'
  | 'empty-jwks'

/** The outcome of {@link selectVerificationKey}. */
export interface KeySelection {
  /** The key the kid designates (the only one, for 'single-key-no-kid'); check `usable`. */
  key?: Record<string, unknown>
  /** Its index in `jwks.keys`. */
  index?: number
  /** True when STS would verify the signature with `key` (reason 'kid-match'). */
  usable: boolean
  reason: KeySelectionReason
  /** How many keys of the JWKS were considered (objects in `keys`). */
  candidates: number
  findings: Finding[]
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** The key type an algorithm family needs (RFC 7518 §3.1). */
function ktyForAlg(alg: string): string | undefined {
  if (/^(RS|PS)\d+$/.test(alg)) return 'RSA'
  if (/^ES\d+$/.test(alg)) return 'EC'
  if (/^HS\d+$/.test(alg)) return 'oct'
  if (alg === 'EdDSA' || alg === 'Ed25519') return 'OKP'
  return undefined
}

/** Why a key cannot verify `alg`, or undefined when it can. */
function incompatibility(
  key: Record<string, unknown>,
  alg: unknown,
): 'kty-mismatch' | 'alg-mismatch' | undefined {
  if (typeof alg !== 'string') return undefined
  const kty = ktyForAlg(alg)
  if (kty !== undefined && key.kty !== kty) return 'kty-mismatch'
  const curve = Object.hasOwn(EC_CURVE_OF_ALG, alg)
    ? EC_CURVE_OF_ALG[alg as keyof typeof EC_CURVE_OF_ALG]
    : undefined
  if (curve !== undefined && key.crv !== curve) return 'kty-mismatch'
  if (key.alg !== undefined && key.alg !== alg) return 'alg-mismatch'
  return undefined
}

/**
 * Selects the key STS would verify the token with, and says why.
 *
 * @example
 * selectVerificationKey({ alg: 'RS256', kid: 'abc' }, jwks) // { key, index: 0, usable: true, reason: 'kid-match', … }
 */
export function selectVerificationKey(header: unknown, jwks: unknown): KeySelection {
  const findings: Finding[] = []
  const all: unknown[] = isObject(jwks) && Array.isArray(jwks.keys) ? jwks.keys : []
  const keys = all
    .map((key, index) => ({ key, index }))
    .filter((entry): entry is { key: Record<string, unknown>; index: number } =>
      isObject(entry.key),
    )
  const candidates = keys.length
  const done = (
    reason: KeySelectionReason,
    entry?: { key: Record<string, unknown>; index: number },
  ): KeySelection => ({
    ...(entry ? { key: entry.key, index: entry.index } : {}),
    usable: reason === 'kid-match',
    reason,
    candidates,
    findings,
  })
  if (candidates === 0) {
    findings.push(
      OIDC_FINDINGS.make('oidc.key.empty-jwks', 'The JWKS has no keys to verify with.', 'jwks', {
        pointer: '',
      }),
    )
    return done('empty-jwks')
  }
  const head = isObject(header) ? header : {}
  const alg = head.alg
  const kid = typeof head.kid === 'string' ? head.kid : ''
  const matches = keys.filter((entry) => entry.key.kid === kid)
  if (kid === '') {
    findings.push(
      OIDC_FINDINGS.make(
        'oidc.key.no-kid',
        'The token names no key (no "kid"): STS looks for a key whose kid is "".',
        'token',
        {
          pointer: '/header',
        },
      ),
    )
    if (matches.length === 0) {
      const only = candidates === 1 ? keys[0] : undefined
      findings.push(
        only
          ? OIDC_FINDINGS.make(
              'oidc.key.single-key-no-kid',
              'The token has no kid and the only key has none either; STS needs a key with kid "" to match it.',
              'jwks',
              { pointer: joinPointer('/keys', only.index) },
            )
          : OIDC_FINDINGS.make(
              'oidc.key.no-kid-several-keys',
              `The token has no kid and none of the ${candidates} keys has kid "": STS cannot tell which key to use.`,
              'jwks',
              { pointer: '/keys' },
            ),
      )
      return done(only ? 'single-key-no-kid' : 'no-kid-several-keys', only)
    }
    findings.push(
      OIDC_FINDINGS.make(
        'oidc.key.empty-kid-match',
        'The key with kid "" verifies tokens without kid.',
        'jwks',
        {
          pointer: joinPointer('/keys', matches[0]!.index, 'kid'),
        },
      ),
    )
  } else if (matches.length === 0) {
    findings.push(
      OIDC_FINDINGS.make(
        'oidc.key.unknown-kid',
        `No key in the JWKS has kid "${kid}" (a rotated or foreign key?).`,
        'token',
        { pointer: '/header/kid', data: { kid } },
      ),
    )
    return done('unknown-kid')
  }
  if (matches.length > 1) {
    findings.push(
      OIDC_FINDINGS.make(
        'oidc.key.ambiguous-kid',
        `${matches.length} keys have kid "${kid}"; the first that fits is used.`,
        'jwks',
        {
          pointer: joinPointer('/keys', matches[1]!.index, 'kid'),
        },
      ),
    )
  }
  const fitting = matches.find((entry) => incompatibility(entry.key, alg) === undefined)
  if (fitting) return done('kid-match', fitting)
  const first = matches[0]!
  const reason = incompatibility(first.key, alg) ?? 'kty-mismatch'
  findings.push(
    reason === 'alg-mismatch'
      ? OIDC_FINDINGS.make(
          'oidc.key.alg-mismatch',
          `The key is for ${JSON.stringify(first.key.alg)}; the token is signed with ${JSON.stringify(alg)}.`,
          'jwks',
          { pointer: joinPointer('/keys', first.index, 'alg') },
        )
      : OIDC_FINDINGS.make(
          'oidc.key.kty-mismatch',
          `A ${JSON.stringify(first.key.kty)} key cannot verify ${JSON.stringify(alg)}.`,
          'jwks',
          { pointer: joinPointer('/keys', first.index, 'kty') },
        ),
  )
  return done(reason, first)
}
