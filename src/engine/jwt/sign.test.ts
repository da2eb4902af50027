import { describe, expect, it } from 'vitest'
import { decodeToken } from './decode'
import { signClaims } from './issue'
import { generateClusterKey } from './keys'
import { verifySignature } from './signature'

describe(signClaims, () => {
  it.each(['RS256', 'ES256'] as const)(
    'signs edited claims that verify with the %s key',
    async (alg) => {
      // Given
      const key = await generateClusterKey(alg)
      const claims = {
        sub: 'system:serviceaccount:payments:api',
        aud: ['sts.amazonaws.com'],
        exp: 2,
      }
      // When
      const token = await signClaims(claims, key)
      // Then
      const decoded = decodeToken(token)
      expect(decoded.header).toEqual({ alg, kid: key.kid })
      expect(decoded.payload).toEqual(claims)
      expect(await verifySignature(token, key.publicJwk as Record<string, unknown>)).toMatchObject({
        ok: true,
        alg,
      })
    },
  )
})
