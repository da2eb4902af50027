import { beforeAll, describe, expect, it } from 'vitest'
import { generateClusterKey } from '../../engine'
import type { ClusterKey } from '../../engine/jwt'
import { PRESETS } from '../../scenarios/presets'
import {
  base64UrlBytes,
  differingBytes,
  hex,
  keyFor,
  modPow,
  readPkcs1,
  SHA256_DIGEST_INFO,
  signatureBytes,
} from './bytes'

const issuedAt = '2026-11-29T12:00:00.000Z'

async function scenario(id: string, key: ClusterKey) {
  const preset = PRESETS.find((p) => p.id === id)!
  return preset.build({ key, issuedAt })
}

describe('the signature’s bytes, from the scenario', () => {
  let rsa: ClusterKey
  let ec: ClusterKey
  beforeAll(async () => {
    rsa = await generateClusterKey('RS256')
    ec = await generateClusterKey('ES256')
  })

  it('RS256: the signature opens to 00 01 FF…FF 00 ‖ DigestInfo ‖ the digest of the signing input', async () => {
    // Given
    const s = await scenario('happy-path', rsa)
    // When
    const bytes = await signatureBytes(s.token, keyFor(s.token, s.cluster.jwks)!)
    // Then
    expect(bytes?.alg).toBe('RS256')
    expect(bytes?.signingInput).toBe(s.token.split('.').slice(0, 2).join('.'))
    const block = bytes!.rsa!
    expect(hex(block.block.slice(0, 3))).toEqual(['00', '01', 'ff'])
    expect(block.padding).toBe(true)
    expect(block.digestInfo).toBe(true)
    expect(hex(block.digest)).toEqual(hex(bytes!.digest))
    expect(bytes?.valid).toBe(true)
    expect(bytes?.differing).toEqual([])
  })

  it('a tampered payload: the signed digest and the computed one differ, and where', async () => {
    const s = await scenario('tampered-payload', rsa)
    const bytes = await signatureBytes(s.token, keyFor(s.token, s.cluster.jwks)!)
    expect(bytes?.rsa?.padding).toBe(true)
    expect(bytes?.valid).toBe(false)
    expect(bytes?.differing.length).toBeGreaterThan(0)
    for (const i of bytes!.differing) expect(bytes!.rsa!.digest[i]).not.toBe(bytes!.digest[i])
  })

  it('ES256: the digest and (r, s), with WebCrypto’s verdict', async () => {
    const s = await scenario('happy-path', ec)
    const bytes = await signatureBytes(s.token, keyFor(s.token, s.cluster.jwks)!)
    expect(bytes?.ec?.r.length).toBe(32)
    expect(bytes?.ec?.s.length).toBe(32)
    expect(bytes?.valid).toBe(true)
    const tampered = await scenario('tampered-payload', ec)
    const bad = await signatureBytes(tampered.token, keyFor(tampered.token, tampered.cluster.jwks)!)
    expect(bad?.valid).toBe(false)
  })

  it('a rotated key: the kid names no key in the JWKS', async () => {
    const s = await scenario('rotated-signing-key', rsa)
    expect(keyFor(s.token, s.cluster.jwks)).toBeUndefined()
  })

  it('unreadable input gives nothing, never a throw', async () => {
    expect(await signatureBytes('a.b', {})).toBeUndefined()
    expect(await signatureBytes('!!.b.c', {})).toBeUndefined()
    expect(keyFor('nope', { keys: [] })).toBeUndefined()
    expect(base64UrlBytes('a+b')).toBeUndefined()
  })
})

describe('helpers', () => {
  it('modPow', () => {
    expect(modPow(4n, 13n, 497n)).toBe(445n)
    expect(modPow(2n, 0n, 7n)).toBe(1n)
  })

  it('reads a PKCS#1 block and lists differing bytes', () => {
    const digest = new Uint8Array(32).fill(7)
    const block = Uint8Array.from([
      0,
      1,
      ...new Array(10).fill(0xff),
      0,
      ...SHA256_DIGEST_INFO,
      ...digest,
    ])
    const read = readPkcs1(block)
    expect(read.padding && read.digestInfo).toBe(true)
    expect(read.separator).toBe(12)
    expect(differingBytes(read.digest, digest)).toEqual([])
    expect(differingBytes(Uint8Array.from([1, 2, 3]), Uint8Array.from([1, 9, 3]))).toEqual([1])
    expect(readPkcs1(Uint8Array.from([0, 2, 0xff, 0])).padding).toBe(false)
  })
})
