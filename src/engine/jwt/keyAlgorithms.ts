/**
 * What WebCrypto is asked for when a cluster key is generated, as jose's `generateKeyPair` asks it:
 * RSASSA-PKCS1-v1_5 with SHA-256, 2048 bits, exponent 65537 for RS256. A module without imports:
 * the first visit's key (src/app/keyPairStart.ts) is started with it before jose and the engine
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
