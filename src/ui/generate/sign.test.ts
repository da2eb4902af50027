import { describe, expect, it } from 'vitest'
import { decodeToken, verifySignature } from '../../engine/jwt'
import { replacePayload } from '../inspector/token'
import { generateToken, resignToken, type TokenForm } from './sign'

const issuer = 'https://oidc.eks.ap-northeast-2.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90'
const now = '2026-11-29T12:00:00.000Z'
const form: TokenForm = {
  alg: 'ES256',
  namespace: 'shop',
  serviceAccount: 'cart',
  audience: 'sts.amazonaws.com',
  expirationSeconds: 3600,
}

describe(generateToken, () => {
  it('issues a token for the form with a new key, and the JWKS that verifies it', async () => {
    const result = await generateToken(form, issuer, now)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const { token, signingKey, jwks } = result.value
    const decoded = decodeToken(token)
    expect(decoded.header).toEqual({ alg: 'ES256', kid: signingKey.kid })
    expect(decoded.payload).toMatchObject({
      iss: issuer,
      sub: 'system:serviceaccount:shop:cart',
      aud: ['sts.amazonaws.com'],
      iat: 1795953600,
      exp: 1795953600 + 3600,
    })
    const keys = JSON.parse(jwks).keys
    expect(keys).toEqual([signingKey.publicJwk])
    expect((await verifySignature(token, keys[0])).ok).toBe(true)
  })

  it('refuses a lifetime under 10 minutes with the API server’s words', async () => {
    const result = await generateToken({ ...form, expirationSeconds: 60 }, issuer, now)
    expect(result).toEqual({
      ok: false,
      error:
        'spec.expirationSeconds: Invalid value: 60: may not specify a duration less than 10 minutes',
    })
  })
})

describe(resignToken, () => {
  it('signs the edited claims again so the signature verifies, with the edits kept', async () => {
    const generated = await generateToken({ ...form, alg: 'RS256' }, issuer, now)
    if (!generated.ok) throw new Error(generated.error)
    const { token, signingKey } = generated.value
    // Given claims edited without re-signing: the old signature no longer verifies
    const payload = { ...decodeToken(token).payload, sub: 'system:serviceaccount:shop:admin' }
    const edit = replacePayload(token, JSON.stringify(payload))
    if (!edit.ok) throw new Error(edit.error)
    expect(
      (await verifySignature(edit.token, signingKey.publicJwk as Record<string, unknown>)).ok,
    ).toBe(false)
    // When re-signed with the cluster key
    const resigned = await resignToken(edit.token, signingKey)
    // Then it verifies and carries the edited claims
    expect(
      (await verifySignature(resigned!, signingKey.publicJwk as Record<string, unknown>)).ok,
    ).toBe(true)
    expect(decodeToken(resigned!).payload?.sub).toBe('system:serviceaccount:shop:admin')
  })

  it('gives undefined when the payload cannot be read', async () => {
    const generated = await generateToken(form, issuer, now)
    if (!generated.ok) throw new Error(generated.error)
    expect(await resignToken('a.%%%.c', generated.value.signingKey)).toBeUndefined()
  })
})
