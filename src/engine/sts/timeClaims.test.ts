import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkTimeClaims } from './timeClaims'

const iat = 1_700_000_000
const token = { iat, nbf: iat, exp: iat + 86400 }

describe(checkTimeClaims, () => {
  it.each([
    { name: 'fresh token', now: iat + 60, code: undefined, findings: [] },
    {
      name: 'at exp exactly',
      now: iat + 86400,
      code: 'ExpiredTokenException',
      findings: [['sts.token.expired', '/payload/exp']],
    },
    {
      name: 'before nbf',
      now: iat - 10,
      code: 'InvalidIdentityToken',
      findings: [
        ['sts.token.not-yet-valid', '/payload/nbf'],
        ['sts.token.issued-in-future', '/payload/iat'],
      ],
    },
  ])('$name', ({ now, code, findings }) => {
    const result = checkTimeClaims(token, now)
    expect(result.error?.code).toBe(code)
    expect(result.findings.map((f) => [f.code, f.pointer])).toEqual(findings)
  })

  it('requires exp', () => {
    const result = checkTimeClaims({ iat }, iat)
    expect(result.error).toMatchObject({
      code: 'InvalidIdentityToken',
      message: 'Missing a required claim: exp',
    })
  })

  it('says how long a long-lived token lives', () => {
    const result = checkTimeClaims({ iat, exp: iat + 7 * 86400 }, iat)
    expect(result.findings.map((f) => f.code)).toEqual(['sts.token.long-lived'])
  })

  it('is monotone in now: once expired, always expired', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 0, max: 200_000 }),
        (a, b) => {
          const [early, late] = a <= b ? [a, b] : [b, a]
          const expiredEarly =
            checkTimeClaims(token, iat + early).error?.code === 'ExpiredTokenException'
          const expiredLate =
            checkTimeClaims(token, iat + late).error?.code === 'ExpiredTokenException'
          return !expiredEarly || expiredLate
        },
      ),
    )
  })
})
