/**
 * A projected ServiceAccount token with exactly the claims kube-apiserver puts in one
 * (spec §1.1; kubernetes/kubernetes pkg/serviceaccount/claims.go `Claims`), signed with a real key.
 */
import { CompactSign, importJWK, type JWK } from 'jose'
import { DEFAULT_PROJECTED_TOKEN_SECONDS, MIN_TOKEN_EXPIRATION_SECONDS } from '../constants'
import { MAX_TOKEN_EXPIRATION_SECONDS } from './constants'

/** What a TokenRequest (or a projected volume) asks for. The contract of engine-api.md. */
export interface ServiceAccountTokenInput {
  /** `--service-account-issuer`, e.g. https://oidc.eks.<region>.amazonaws.com/id/<ID>. */
  issuer: string
  namespace: string
  /** The ServiceAccount's name. */
  serviceAccount: string
  /** Empty: kube-apiserver's own audiences, which default to the issuer (`--api-audiences`). */
  audiences: string[]
  /** Default 3600 (spec §1.3); at least 600 and at most 2^32. */
  expirationSeconds?: number
  pod?: { name: string; uid: string }
  node?: { name: string; uid: string }
  /** ISO 8601 issue instant. Absent: the real clock. */
  now?: string
  key: { privateJwk: object; kid: string }
  /** Extension: the ServiceAccount's `metadata.uid`. Absent: {@link deriveServiceAccountUid}. */
  serviceAccountUid?: string
}

/** The API server refused the request; `code` says why, `message` is kube-apiserver's text. */
export class TokenRequestError extends Error {
  readonly code: string
  constructor(code: string, message: string) {
    super(message)
    this.name = 'TokenRequestError'
    this.code = code
  }
}

/**
 * Issues a signed token. Rejects with {@link TokenRequestError} as the API server rejects:
 * `spec.expirationSeconds: Invalid value: 60: may not specify a duration less than 10 minutes`
 * (kubernetes pkg/apis/authentication/validation `ValidateTokenRequest`, spec §1.3).
 *
 * @example
 * const token = await issueServiceAccountToken({ issuer, namespace: 'example',
 *   serviceAccount: 'example-sa', audiences: ['sts.amazonaws.com'], key })
 */
export async function issueServiceAccountToken(input: ServiceAccountTokenInput): Promise<string> {
  const expirationSeconds = input.expirationSeconds ?? DEFAULT_PROJECTED_TOKEN_SECONDS
  validateExpiration(expirationSeconds)
  const instant = input.now === undefined ? new Date() : new Date(input.now)
  if (Number.isNaN(instant.getTime())) {
    throw new TokenRequestError(
      'token.now.invalid',
      `now: Invalid value: "${input.now}": not a date`,
    )
  }
  const iat = Math.floor(instant.getTime() / 1000)
  const serviceAccountUid =
    input.serviceAccountUid ??
    (await deriveServiceAccountUid(input.namespace, input.serviceAccount))
  // Keys in alphabetical order at every level: go-jose's builder marshals the claims as a map.
  const kubernetes: Record<string, unknown> = { namespace: input.namespace }
  if (input.node) kubernetes.node = { name: input.node.name, uid: input.node.uid }
  if (input.pod) kubernetes.pod = { name: input.pod.name, uid: input.pod.uid }
  kubernetes.serviceaccount = { name: input.serviceAccount, uid: serviceAccountUid }
  const claims = {
    aud: input.audiences.length > 0 ? [...input.audiences] : [input.issuer],
    exp: iat + expirationSeconds,
    iat,
    iss: input.issuer,
    jti: crypto.randomUUID(),
    'kubernetes.io': kubernetes,
    nbf: iat,
    sub: `system:serviceaccount:${input.namespace}:${input.serviceAccount}`,
  }
  return signClaims(claims, input.key)
}

/**
 * Signs a claims set as kube-apiserver does: header `{ alg, kid }` only (no `typ`, spec §1.2),
 * RS256 for RSA keys and the curve's ES algorithm for ECDSA keys. Used to issue tokens and to
 * re-sign edited claims on the user's explicit request.
 */
export async function signClaims(
  /** The claims, or the exact payload JSON text to keep it byte for byte. */
  claims: Record<string, unknown> | string,
  key: { privateJwk: object; kid: string },
): Promise<string> {
  const privateJwk = key.privateJwk as Record<string, unknown>
  const alg = signingAlg(privateJwk)
  const cryptoKey = await importJWK(privateJwk as JWK, alg)
  const payload = typeof claims === 'string' ? claims : JSON.stringify(claims)
  return new CompactSign(new TextEncoder().encode(payload))
    .setProtectedHeader({ alg, kid: key.kid })
    .sign(cryptoKey)
}

function validateExpiration(seconds: number) {
  const invalid = (detail: string) => `spec.expirationSeconds: Invalid value: ${seconds}: ${detail}`
  if (!Number.isInteger(seconds)) {
    throw new TokenRequestError(
      'token.expiration.not-integer',
      invalid('must be a whole number of seconds'),
    )
  }
  if (seconds < MIN_TOKEN_EXPIRATION_SECONDS) {
    throw new TokenRequestError(
      'token.expiration.too-short',
      invalid('may not specify a duration less than 10 minutes'),
    )
  }
  if (seconds > MAX_TOKEN_EXPIRATION_SECONDS) {
    throw new TokenRequestError(
      'token.expiration.too-long',
      invalid('may not specify a duration larger than 2^32 seconds'),
    )
  }
}

/** kube-apiserver signs RSA keys with RS256 only, ECDSA keys with the curve's ES alg (§1.2). */
function signingAlg(jwk: Record<string, unknown>): string {
  if (jwk.kty === 'EC') {
    return jwk.crv === 'P-384' ? 'ES384' : jwk.crv === 'P-521' ? 'ES512' : 'ES256'
  }
  return 'RS256'
}

/**
 * A stable stand-in for the ServiceAccount's `metadata.uid`: the first 16 bytes of
 * SHA-256("serviceaccount:<namespace>/<name>") laid out as a version-4 UUID, the form Kubernetes
 * UIDs take. The real API server draws it at random when the object is created; deriving it keeps
 * a scenario reproducible and gives the same SA the same uid in every token.
 */
export async function deriveServiceAccountUid(namespace: string, name: string): Promise<string> {
  const data = new TextEncoder().encode(`serviceaccount:${namespace}/${name}`)
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', data)).slice(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
