import { exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { computeKid } from './kid'
import {
  CLUSTER_KEY_ALGORITHMS,
  CLUSTER_KEY_USAGES,
  clusterKeyFromPair,
  generateClusterKey,
} from './keys'

/** What the first visit's key does (src/app/keyPairStart.ts): WebCrypto asked directly, with the shared algorithm. */
const webCryptoPair = () =>
  crypto.subtle.generateKey(CLUSTER_KEY_ALGORITHMS.RS256, true, [...CLUSTER_KEY_USAGES])

describe('clusterKeyFromPair', () => {
  it('asks WebCrypto for the key jose generates for RS256', async () => {
    const ours = await webCryptoPair()
    const jose = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 })
    for (const half of ['publicKey', 'privateKey'] as const) {
      expect(ours[half].algorithm).toEqual(jose[half].algorithm)
      expect([...ours[half].usages].sort()).toEqual([...jose[half].usages].sort())
      expect(ours[half].extractable).toBe(true)
    }
    const jwk = await exportJWK(ours.publicKey)
    expect(jwk).toMatchObject({ kty: 'RSA', e: 'AQAB' })
    expect(Buffer.from(jwk.n!, 'base64url').length).toBe(256) // 2048 bits
  })

  it('gives the key generateClusterKey gives: EKS member order, the kube-apiserver kid, a working pair', async () => {
    const key = await clusterKeyFromPair(await webCryptoPair(), 'RS256')
    const reference = await generateClusterKey('RS256')
    expect(Object.keys(key.publicJwk)).toEqual(Object.keys(reference.publicJwk))
    expect(Object.keys(key.privateJwk).sort()).toEqual(Object.keys(reference.privateJwk).sort())
    expect(key.publicJwk).toMatchObject({ use: 'sig', kty: 'RSA', alg: 'RS256', kid: key.kid })
    expect(key.kid).toBe(await computeKid(key.publicJwk))
    expect(key.privateJwk).toMatchObject({ kid: key.kid, alg: 'RS256', use: 'sig' })

    const token = await new SignJWT({ sub: 'system:serviceaccount:example:example-sa' })
      .setProtectedHeader({ alg: 'RS256', kid: key.kid })
      .sign(await importJWK(key.privateJwk, 'RS256'))
    const { payload } = await jwtVerify(token, await importJWK(key.publicJwk, 'RS256'))
    expect(payload.sub).toBe('system:serviceaccount:example:example-sa')
  })
})
