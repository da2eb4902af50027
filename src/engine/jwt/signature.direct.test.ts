/// <reference types="node" />
// verifySignature checks a well-formed token with WebCrypto directly and leaves every other case to
// jose: these tests hold it to jose's own answer on the edge cases, and to fresh keys when a JWK
// object is changed in place.
import { createPrivateKey, createSign } from 'node:crypto'
import { compactVerify, importJWK, type JWK } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { STS_ACCEPTED_ALGS } from './constants'
import { issueServiceAccountToken } from './issue'
import { publicPart } from './kid'
import { generateClusterKey, type ClusterKey } from './keys'
import { verifySignature } from './signature'

const ISSUER = 'https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E'
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

/** A token signed by Node with the key's private half, whatever the header says. */
const signRaw = (key: ClusterKey, header: object, payload: object) => {
  const input = `${b64(header)}.${b64(payload)}`
  const privateKey = createPrivateKey({ key: key.privateJwk as never, format: 'jwk' })
  return `${input}.${createSign('RSA-SHA256').update(input).sign(privateKey).toString('base64url')}`
}

/** jose's own verdict on the token with the key: accepted or not. */
const joseAccepts = async (token: string, jwk: Record<string, unknown>, alg: string) => {
  const key = await importJWK(publicPart(jwk) as JWK, alg)
  return compactVerify(token, key, { algorithms: [...STS_ACCEPTED_ALGS] }).then(
    () => true,
    () => false,
  )
}

describe('verifySignature agrees with jose', () => {
  let rsa: ClusterKey
  let other: ClusterKey
  let ec: ClusterKey
  let rsaToken: string
  let ecToken: string
  beforeAll(async () => {
    ;[rsa, other, ec] = await Promise.all([
      generateClusterKey('RS256'),
      generateClusterKey('RS256'),
      generateClusterKey('ES256'),
    ])
    const issue = (key: ClusterKey) =>
      issueServiceAccountToken({
        issuer: ISSUER,
        namespace: 'ns',
        serviceAccount: 'sa',
        audiences: ['sts.amazonaws.com'],
        now: '2024-01-01T00:00:00Z',
        key,
      })
    ;[rsaToken, ecToken] = await Promise.all([issue(rsa), issue(ec)])
  })

  it.each([
    { name: 'RS256', pick: () => [rsaToken, rsa] as const },
    { name: 'ES256', pick: () => [ecToken, ec] as const },
    {
      name: 'padding added to the signature',
      pick: () => [`${rsaToken}==`, rsa] as const,
    },
    {
      name: 'a space inside the payload',
      pick: () => [rsaToken.replace('.', '. '), rsa] as const,
    },
    {
      name: 'a standard-base64 character in the signature',
      pick: () => [`${rsaToken.slice(0, -1)}+`, rsa] as const,
    },
    {
      name: 'the last signature character changed in its unused bits only',
      // 256 signature bytes take 342 characters: the last one carries 2 bits and 4 unused ones.
      pick: () => {
        const last = rsaToken.at(-1)!
        const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
        const twin = alphabet[alphabet.indexOf(last) ^ 1]!
        return [`${rsaToken.slice(0, -1)}${twin}`, rsa] as const
      },
    },
    {
      name: 'a "crit" header parameter jose does not know',
      pick: () =>
        [
          signRaw(rsa, { alg: 'RS256', kid: rsa.kid, crit: ['exp'], exp: 1 }, { sub: 'x' }),
          rsa,
        ] as const,
    },
    {
      name: 'an unencoded payload (b64: false)',
      pick: () =>
        [
          signRaw(rsa, { alg: 'RS256', kid: rsa.kid, b64: false, crit: ['b64'] }, { sub: 'x' }),
          rsa,
        ] as const,
    },
    { name: 'another key', pick: () => [rsaToken, other] as const },
  ])('accepts exactly when jose does: $name', async ({ pick }) => {
    const [token, key] = pick()
    const alg = String(key.publicJwk.alg)
    // Twice: the second run finds the token and the key read already.
    for (let run = 0; run < 2; run++)
      expect((await verifySignature(token, key.publicJwk)).ok).toBe(
        await joseAccepts(token, key.publicJwk, alg),
      )
  })

  it('never checks with a key changed in place since its last use', async () => {
    // Given one JWK object that verified the token (its imported key now remembered)
    const jwk: Record<string, unknown> = { ...rsa.publicJwk }
    expect(await verifySignature(rsaToken, jwk)).toMatchObject({ ok: true, kid: rsa.kid })
    // When its modulus is replaced in place by another key's
    jwk.n = other.publicJwk.n
    const rotated = await verifySignature(rsaToken, jwk)
    // and then a member is added in place
    jwk.n = rsa.publicJwk.n
    jwk.alg = 'RS384'
    const withAlg = await verifySignature(rsaToken, jwk)
    // and finally the object is as it was
    jwk.alg = 'RS256'
    const restored = await verifySignature(rsaToken, jwk)
    // Then each check used the key as it was at that moment
    expect(rotated).toMatchObject({ ok: false, code: 'jwt.signature.invalid' })
    expect(withAlg).toMatchObject({ ok: false, code: 'jwt.key.alg-mismatch' })
    expect(restored).toMatchObject({ ok: true, kid: rsa.kid })
  })

  it('reports what jose reports for a well-formed token with a bad signature', async () => {
    const check = await verifySignature(rsaToken, other.publicJwk)
    expect(check).toMatchObject({ ok: false, code: 'jwt.signature.invalid' })
  })
})
