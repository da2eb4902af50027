/// <reference types="node" />
// Node is the test runtime (Vitest, node environment): Buffer and node:crypto cross-check WebCrypto.
import { createHash, createPublicKey, type JsonWebKey } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { computeKid } from './kid'
import { generateClusterKey, type ClusterKey } from './keys'

/** RFC 7517 Appendix A.1: an RSA and an EC public key. */
const RFC7517_RSA = {
  kty: 'RSA',
  n: '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw',
  e: 'AQAB',
  alg: 'RS256',
  kid: '2011-04-29',
}
const RFC7517_EC = {
  kty: 'EC',
  crv: 'P-256',
  x: 'MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4',
  y: '4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM',
  use: 'enc',
  kid: '1',
}

/** keyIDFromPublicKey, computed independently with Node: SPKI DER → SHA-256 → base64url. */
const nodeKid = (jwk: Record<string, unknown>) =>
  createHash('sha256')
    .update(
      createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' }).export({
        type: 'spki',
        format: 'der',
      }),
    )
    .digest('base64url')

describe('computeKid', () => {
  let rsa: ClusterKey
  let ec: ClusterKey
  beforeAll(async () => {
    rsa = await generateClusterKey('RS256')
    ec = await generateClusterKey('ES256')
  })

  it.each([
    { name: 'RFC 7517 RSA key', jwk: RFC7517_RSA },
    { name: 'RFC 7517 EC key (use enc is ignored)', jwk: RFC7517_EC },
  ])('matches SHA-256 of the SPKI DER: $name', async ({ jwk }) => {
    const kid = await computeKid(jwk)
    expect(kid).toBe(nodeKid(jwk))
    expect(kid).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('gives the known kid of the RFC 7517 RSA key', async () => {
    // Pinned so a change of the DER encoding (e.g. PKCS#1 instead of SPKI) cannot go unnoticed.
    expect(await computeKid(RFC7517_RSA)).toBe(nodeKid({ kty: 'RSA', n: RFC7517_RSA.n, e: 'AQAB' }))
  })

  it.each([
    { name: 'RSA', pick: () => rsa },
    { name: 'EC', pick: () => ec },
  ])('a private JWK has the same kid as its public half: $name', async ({ pick }) => {
    const key = pick()
    expect(await computeKid(key.privateJwk)).toBe(key.kid)
    expect(await computeKid(key.publicJwk)).toBe(nodeKid(key.publicJwk))
  })

  it.each([
    { name: 'symmetric key', jwk: { kty: 'oct', k: 'AAAA' } },
    { name: 'unknown curve', jwk: { kty: 'EC', crv: 'P-999', x: 'AA', y: 'AA' } },
    { name: 'unknown kty', jwk: { kty: 'XYZ' } },
  ])('rejects what is not a public key: $name', async ({ jwk }) => {
    await expect(computeKid(jwk)).rejects.toBeInstanceOf(Error)
  })
})

describe('generateClusterKey', () => {
  it.each([
    { name: 'RS256', alg: 'RS256' as const, members: ['use', 'kty', 'kid', 'alg', 'n', 'e'] },
    {
      name: 'ES256',
      alg: 'ES256' as const,
      members: ['use', 'kty', 'kid', 'alg', 'crv', 'x', 'y'],
    },
  ])('lays out the public key as EKS serves it: $name', async ({ alg, members }) => {
    const key = await generateClusterKey(alg)
    expect(Object.keys(key.publicJwk)).toEqual(members)
    expect(key.publicJwk).toMatchObject({ use: 'sig', alg, kid: key.kid })
    expect(key.privateJwk).toHaveProperty('d')
    expect(key.kid).toBe(nodeKid(key.publicJwk))
  })

  it('makes RSA keys of 2048 bits', async () => {
    const key = await generateClusterKey()
    const n = Buffer.from(String(key.publicJwk.n), 'base64url')
    expect(n.length * 8).toBe(2048)
    expect(key.publicJwk.e).toBe('AQAB')
  })
})
