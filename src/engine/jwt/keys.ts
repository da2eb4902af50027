/**
 * A new cluster signing key pair, as a self-managed kube-apiserver or EKS would hold one.
 * The public half is laid out as EKS serves it at `<issuer>/keys` (spec §2.1, §2.2):
 * `{ use: 'sig', kty, kid, alg, n, e }` (or `crv, x, y` for EC).
 */
import { exportJWK, generateKeyPair } from 'jose'
import { kidOfPublicKey } from './kid'

/**
 * What WebCrypto is asked for when a cluster key is generated, as jose's `generateKeyPair` asks it:
 * RSASSA-PKCS1-v1_5 with SHA-256, 2048 bits, exponent 65537 for RS256. The first visit's key
 * (src/app/keyPairStart.ts) asks WebCrypto directly with it, before the engine's other modules
 * have been evaluated.
 */
export const CLUSTER_KEY_ALGORITHMS = {
  RS256: {
    name: 'RSASSA-PKCS1-v1_5',
    hash: 'SHA-256',
    modulusLength: 2048,
    publicExponent: new Uint8Array([0x01, 0x00, 0x01]),
  },
} as const

/** A cluster key pair signs tokens and verifies them. */
export const CLUSTER_KEY_USAGES: readonly KeyUsage[] = ['sign', 'verify']

/** The key pair and its kube-apiserver key ID. */
export interface ClusterKey {
  privateJwk: Record<string, unknown>
  publicJwk: Record<string, unknown>
  kid: string
}

/**
 * Generates a real signing key pair: RSA 2048 for RS256 (what EKS uses), P-256 for ES256.
 *
 * @example
 * const key = await generateClusterKey() // { privateJwk, publicJwk: { use: 'sig', kty: 'RSA', … }, kid }
 */
export async function generateClusterKey(alg: 'RS256' | 'ES256' = 'RS256'): Promise<ClusterKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, {
    extractable: true,
    ...(alg === 'RS256' ? { modulusLength: 2048 } : {}),
  })
  return clusterKeyFromPair({ privateKey, publicKey }, alg)
}

/**
 * The cluster key of an extractable key pair WebCrypto generated (for RS256, with
 * `CLUSTER_KEY_ALGORITHMS.RS256`, as the first visit's key does): its JWKs and kube-apiserver
 * key ID, exactly as `generateClusterKey` gives them.
 */
export async function clusterKeyFromPair(
  { privateKey, publicKey }: CryptoKeyPair,
  alg: 'RS256' | 'ES256',
): Promise<ClusterKey> {
  // The three exports are independent: asked together, WebCrypto works on them side by side.
  // The key ID from the public key itself (no JWK import and PEM round trip: the same DER).
  const [publicParts, privateParts, kid] = (await Promise.all([
    exportJWK(publicKey),
    exportJWK(privateKey),
    kidOfPublicKey(publicKey),
  ])) as [Record<string, unknown>, Record<string, unknown>, string]
  // Member order as EKS's JWKS prints it: use, kty, kid, alg, then the key material.
  const publicJwk: Record<string, unknown> =
    publicParts.kty === 'RSA'
      ? { use: 'sig', kty: 'RSA', kid, alg, n: publicParts.n, e: publicParts.e }
      : {
          use: 'sig',
          kty: 'EC',
          kid,
          alg,
          crv: publicParts.crv,
          x: publicParts.x,
          y: publicParts.y,
        }
  const privateJwk: Record<string, unknown> = { ...privateParts, kid, alg, use: 'sig' }
  return { privateJwk, publicJwk, kid }
}
