/**
 * Token spellings and limits. Sources: shared/spec/irsa-semantics.md §1.2, §5.1, and
 * kubernetes/kubernetes pkg/apis/authentication/validation/validation.go.
 */

/** The JWS algorithms STS accepts for a web identity token (spec §5.1). */
export const STS_ACCEPTED_ALGS = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512'] as const

/** One of the algorithms in {@link STS_ACCEPTED_ALGS}. */
export type StsAcceptedAlg = (typeof STS_ACCEPTED_ALGS)[number]

/** Whether `alg` is one STS accepts. */
export function isStsAcceptedAlg(alg: unknown): alg is StsAcceptedAlg {
  return typeof alg === 'string' && (STS_ACCEPTED_ALGS as readonly string[]).includes(alg)
}

/** The curve each ECDSA algorithm signs with (RFC 7518 §3.4). */
export const EC_CURVE_OF_ALG = { ES256: 'P-256', ES384: 'P-384', ES512: 'P-521' } as const

/** The NumericDate claims STS reads; each must be an integer (spec §5.1). */
export const NUMERIC_DATE_CLAIMS = ['exp', 'iat', 'nbf'] as const

/** The string claims a projected token carries (spec §1.1). */
export const STRING_CLAIMS = ['iss', 'sub', 'jti'] as const

/** kube-apiserver `MaxTokenAgeSec`-style upper bound: "larger than 2^32 seconds" (spec §1.3). */
export const MAX_TOKEN_EXPIRATION_SECONDS = 2 ** 32
