/**
 * The `kid` kube-apiserver puts in every ServiceAccount token header: `keyIDFromPublicKey` in
 * kubernetes/kubernetes pkg/serviceaccount/jwt.go (spec §1.2). DER-encode the PUBLIC key as
 * PKIX SubjectPublicKeyInfo (`x509.MarshalPKIXPublicKey`), SHA-256 it, base64url without padding:
 * always 43 characters.
 */
import { importJWK, type JWK } from 'jose'
import { encodeBase64url } from './base64url'

/** Private members of a JWK (RFC 7518 §6.2.2, §6.3.2): never part of the key ID. */
export const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const

/** The public members only: a private JWK gives the same kid as its public half. */
export function publicPart(jwk: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(jwk)) {
    if (!(PRIVATE_JWK_MEMBERS as readonly string[]).includes(key)) copy[key] = value
  }
  return copy
}

/** An algorithm jose can import the key with; the SPKI bytes do not depend on it. */
function importAlgFor(jwk: Record<string, unknown>): string {
  if (jwk.kty === 'EC') {
    return jwk.crv === 'P-384' ? 'ES384' : jwk.crv === 'P-521' ? 'ES512' : 'ES256'
  }
  if (jwk.kty === 'OKP') return 'EdDSA'
  return 'RS256'
}

/**
 * Computes the key ID of a public key as kube-apiserver does.
 * Rejects when the JWK is not a usable RSA or EC key (a helper, not a user-input path).
 *
 * @example
 * await computeKid({ kty: 'RSA', n: '…', e: 'AQAB' }) // 43 base64url characters
 */
export async function computeKid(publicJwk: JWK): Promise<string> {
  const jwk = publicPart(publicJwk as Record<string, unknown>)
  // `alg` and `use`/`key_ops` could make WebCrypto refuse an otherwise good key; the DER ignores them.
  delete jwk.alg
  delete jwk.use
  delete jwk.key_ops
  const key = await importJWK(jwk as JWK, importAlgFor(jwk), { extractable: true })
  if (key instanceof Uint8Array) throw new TypeError('A symmetric key has no public key ID.')
  return kidOfPublicKey(key)
}

/**
 * The key ID of a public CryptoKey (extractable): its SubjectPublicKeyInfo DER as WebCrypto
 * exports it (`spki`, the bytes `x509.MarshalPKIXPublicKey` writes), SHA-256, base64url.
 */
export async function kidOfPublicKey(key: CryptoKey): Promise<string> {
  const der = await crypto.subtle.exportKey('spki', key)
  const digest = await crypto.subtle.digest('SHA-256', der)
  return encodeBase64url(new Uint8Array(digest))
}
