/// <reference types="node" />
// Node is the test runtime (Vitest, node environment): Buffer and node:crypto cross-check WebCrypto.
import { createSign, generateKeyPairSync } from 'node:crypto'
import { CompactSign, importJWK } from 'jose'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { issueServiceAccountToken } from './issue'
import { generateClusterKey, type ClusterKey } from './keys'
import { verifySignature } from './signature'

const ISSUER = 'https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E'
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

const issue = (key: ClusterKey) =>
  issueServiceAccountToken({
    issuer: ISSUER,
    namespace: 'ns',
    serviceAccount: 'sa',
    audiences: ['sts.amazonaws.com'],
    now: '2024-01-01T00:00:00Z',
    key,
  })

/** Replaces the payload but keeps the original signature. */
const tamper = (token: string) => {
  const [header, , signature] = token.split('.')
  return `${header}.${b64({ sub: 'system:serviceaccount:kube-system:admin' })}.${signature}`
}

describe('verifySignature', () => {
  let rsa: ClusterKey
  let rsaOther: ClusterKey
  let ec: ClusterKey
  let rsaToken: string
  let ecToken: string
  let hsToken: string
  let rs384Token: string
  beforeAll(async () => {
    ;[rsa, rsaOther, ec] = await Promise.all([
      generateClusterKey('RS256'),
      generateClusterKey('RS256'),
      generateClusterKey('ES256'),
    ])
    rsaToken = await issue(rsa)
    ecToken = await issue(ec)
    const payload = new TextEncoder().encode(JSON.stringify({ sub: 'x' }))
    hsToken = await new CompactSign(payload)
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new Uint8Array(32).fill(7))
    rs384Token = await new CompactSign(payload)
      .setProtectedHeader({ alg: 'RS384', kid: rsa.kid })
      .sign(await importJWK(rsa.privateJwk, 'RS384'))
  })

  it.each([
    { name: 'RS256 with its key', pick: () => [rsaToken, rsa.publicJwk], alg: 'RS256' },
    { name: 'ES256 with its key', pick: () => [ecToken, ec.publicJwk], alg: 'ES256' },
    {
      name: 'RS384 (STS accepts it too)',
      pick: () => [rs384Token, { ...rsa.publicJwk, alg: undefined }],
      alg: 'RS384',
    },
    { name: 'a private JWK used as the key', pick: () => [rsaToken, rsa.privateJwk], alg: 'RS256' },
  ])('accepts: $name', async ({ pick, alg }) => {
    const [token, jwk] = pick() as [string, Record<string, unknown>]
    const check = await verifySignature(token, jwk)
    expect(check).toMatchObject({ ok: true, alg })
  })

  it.each([
    { name: 'RS256', pick: () => rsa },
    { name: 'ES256', pick: () => ec },
  ])('issue → verify round trip for any request: $name', async ({ pick }) => {
    const key = pick()
    const name = fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,20}[a-z0-9])?$/)
    await fc.assert(
      fc.asyncProperty(
        name,
        name,
        fc.array(fc.string(), { maxLength: 3 }),
        async (ns, sa, audiences) => {
          const token = await issueServiceAccountToken({
            issuer: ISSUER,
            namespace: ns,
            serviceAccount: sa,
            audiences,
            key,
          })
          expect(await verifySignature(token, key.publicJwk)).toEqual({
            ok: true,
            alg: key.publicJwk.alg,
            kid: key.kid,
          })
          expect(await verifySignature(tamper(token), key.publicJwk)).toMatchObject({
            ok: false,
            code: 'jwt.signature.invalid',
          })
        },
      ),
      { numRuns: 15 },
    )
  })

  it('returns the kid of a verified token', async () => {
    expect(await verifySignature(rsaToken, rsa.publicJwk)).toEqual({
      ok: true,
      alg: 'RS256',
      kid: rsa.kid,
    })
  })

  it('imports a changed key afresh (the imported-key cache never answers for another key)', async () => {
    // Given the token verified once with its key (the imported key is now cached)
    expect(await verifySignature(rsaToken, rsa.publicJwk)).toMatchObject({ ok: true })
    // When the JWK changes under the same kid (a rotated modulus), then changes back
    const rotated = { ...rsaOther.publicJwk, kid: rsa.kid }
    const withRotated = await verifySignature(rsaToken, rotated)
    const again = await verifySignature(rsaToken, { ...rsa.publicJwk })
    // Then the rotated key is the one checked (the signature fails), and the original verifies again
    expect(withRotated).toMatchObject({ ok: false, code: 'jwt.signature.invalid' })
    expect(again).toMatchObject({ ok: true, kid: rsa.kid })
  })

  it.each([
    {
      name: 'tampered payload',
      pick: () => [tamper(rsaToken), rsa.publicJwk],
      code: 'jwt.signature.invalid',
    },
    {
      name: 'wrong key',
      pick: () => [rsaToken, rsaOther.publicJwk],
      code: 'jwt.signature.invalid',
    },
    {
      name: 'alg none',
      pick: () => [`${b64({ alg: 'none' })}.${b64({ sub: 'x' })}.`, rsa.publicJwk],
      code: 'jwt.signature.alg-not-allowed',
    },
    { name: 'HS256', pick: () => [hsToken, rsa.publicJwk], code: 'jwt.signature.alg-not-allowed' },
    {
      name: 'RSA token, EC key',
      pick: () => [rsaToken, ec.publicJwk],
      code: 'jwt.key.type-mismatch',
    },
    {
      name: 'EC token, RSA key',
      pick: () => [ecToken, rsa.publicJwk],
      code: 'jwt.key.type-mismatch',
    },
    {
      name: 'EC token, wrong curve',
      pick: () => [ecToken, { ...ec.publicJwk, crv: 'P-384' }],
      code: 'jwt.key.type-mismatch',
    },
    {
      name: 'key alg disagrees with token alg',
      pick: () => [rs384Token, rsa.publicJwk],
      code: 'jwt.key.alg-mismatch',
    },
    {
      name: 'key for encryption',
      pick: () => [rsaToken, { ...rsa.publicJwk, use: 'enc' }],
      code: 'jwt.key.not-for-signing',
    },
    {
      name: 'key without n',
      pick: () => [rsaToken, { kty: 'RSA', e: 'AQAB' }],
      code: 'jwt.key.unusable',
    },
    { name: 'key not an object', pick: () => [rsaToken, 'nope'], code: 'jwt.key.invalid' },
    {
      name: 'two segments',
      pick: () => [rsaToken.split('.').slice(0, 2).join('.'), rsa.publicJwk],
      code: 'jwt.signature.malformed',
    },
    {
      name: 'garbage',
      pick: () => ['%%%.%%%.%%%', rsa.publicJwk],
      code: 'jwt.signature.malformed',
    },
    {
      name: 'bad signature encoding',
      pick: () => [`${rsaToken.slice(0, rsaToken.lastIndexOf('.'))}.***`, rsa.publicJwk],
      code: 'jwt.signature.malformed',
    },
  ])('rejects without throwing: $name', async ({ pick, code }) => {
    const [token, jwk] = pick() as [string, Record<string, unknown>]
    const check = await verifySignature(token, jwk)
    expect(check.ok).toBe(false)
    expect(check.ok ? undefined : check.code).toBe(code)
  })

  it('refuses a too-small RSA key as unusable', async () => {
    // Given a token signed (by Node, since jose will not) with a 1024-bit RSA key
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 })
    const input = `${b64({ alg: 'RS256' })}.${b64({ sub: 'x' })}`
    const signature = createSign('RSA-SHA256').update(input).sign(privateKey).toString('base64url')
    // When
    const check = await verifySignature(
      `${input}.${signature}`,
      publicKey.export({ format: 'jwk' }),
    )
    // Then: jose requires 2048 bits for RS*
    expect(check).toMatchObject({ ok: false, code: 'jwt.key.unusable' })
  })
})
