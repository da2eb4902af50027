import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CLOCK_SKEW_SECONDS, checkTimeClaims } from './timeClaims'

const iat = 1_700_000_000
const exp = iat + 86400
const token = { iat, nbf: iat, exp }

// Source: IAM User Guide, "OIDC federation": a token received after exp but within five minutes
// is still accepted for further evaluation (ExpiredTokenException only past exp + 300 s).
describe(checkTimeClaims, () => {
  it.each([
    { name: 'fresh token', payload: token, now: iat + 60, code: undefined, findings: [] },
    {
      name: 'at exp exactly: within the skew',
      payload: token,
      now: exp,
      code: undefined,
      findings: [['sts.token.expired-within-skew', '/payload/exp']],
    },
    {
      name: '300 s after exp: still within the skew',
      payload: token,
      now: exp + CLOCK_SKEW_SECONDS,
      code: undefined,
      findings: [['sts.token.expired-within-skew', '/payload/exp']],
    },
    {
      name: '301 s after exp: expired',
      payload: token,
      now: exp + CLOCK_SKEW_SECONDS + 1,
      code: 'ExpiredTokenException',
      findings: [['sts.token.expired', '/payload/exp']],
    },
    {
      name: 'nbf 300 s ahead: within the skew (assumed)',
      payload: { iat: iat - 100, nbf: iat + 300, exp: iat + 3600 },
      now: iat,
      code: undefined,
      findings: [['sts.token.not-yet-valid-within-skew', '/payload/nbf']],
    },
    {
      name: 'nbf 301 s ahead: not yet valid',
      payload: { iat: iat - 100, nbf: iat + 301, exp: iat + 3600 },
      now: iat,
      code: 'InvalidIdentityToken',
      findings: [['sts.token.not-yet-valid', '/payload/nbf']],
    },
    {
      name: 'iat an hour ahead: reported, never refused (assumed)',
      payload: { iat: iat + 3600, exp },
      now: iat,
      code: undefined,
      findings: [['sts.token.issued-in-future', '/payload/iat']],
    },
    {
      name: 'no iat: accepted (assumed)',
      payload: { exp },
      now: iat,
      code: undefined,
      findings: [['sts.token.no-iat', '/payload']],
    },
  ])('$name', ({ payload, now, code, findings }) => {
    const result = checkTimeClaims(payload, now)
    expect(result.error?.code).toBe(code)
    expect(result.findings.map((f) => [f.code, f.pointer])).toEqual(findings)
  })

  it('keeps exp itself in the ExpiredTokenException message', () => {
    const now = exp + 1000
    expect(checkTimeClaims(token, now).error?.message).toBe(
      `Token expired: current date/time ${now} must be before the expiration date/time${exp}`,
    )
  })

  it('marks the checks that pass only thanks to the skew, with the data the clock shows', () => {
    const result = checkTimeClaims(token, exp + 10)
    expect(result.checks).toEqual([
      { claim: 'exp', value: exp, ok: true, deltaSeconds: -10, withinSkew: true },
      { claim: 'nbf', value: iat, ok: true, deltaSeconds: iat - exp - 10 },
      { claim: 'iat', value: iat, ok: true, deltaSeconds: iat - exp - 10 },
    ])
  })

  it.each([
    { claim: 'exp', value: exp + 0.5 },
    { claim: 'exp', value: String(exp) },
    { claim: 'nbf', value: iat + 0.25 },
    { claim: 'nbf', value: String(iat) },
    { claim: 'iat', value: iat + 0.5 },
    { claim: 'iat', value: String(iat) },
  ])(
    'a non-integer $claim ($value) never yields credentials: InvalidIdentityToken',
    ({ claim, value }) => {
      // Source: STS API reference, WebIdentityToken: timestamps must be integers.
      const result = checkTimeClaims({ ...token, [claim]: value }, iat + 60)
      expect(result.error).toMatchObject({
        code: 'InvalidIdentityToken',
        assumptionRef: { id: 'nonIntegerTime' },
      })
      expect(result.checks.find((c) => c.claim === claim)).toMatchObject({
        ok: false,
        notInteger: true,
      })
    },
  )

  it('a non-integer timestamp wins over an expired exp (the token is read first)', () => {
    const result = checkTimeClaims({ ...token, iat: iat + 0.5 }, exp + 10_000)
    expect(result.error?.code).toBe('InvalidIdentityToken')
  })

  it('requires exp', () => {
    const result = checkTimeClaims({ iat }, iat)
    expect(result.error).toMatchObject({
      code: 'InvalidIdentityToken',
      message: 'Missing a required claim: exp',
    })
  })

  it.each([
    {
      name: 'nbf ahead',
      payload: { ...token, nbf: iat + 10 },
      now: iat,
      want: ['skewNbfIat'],
    },
    {
      name: 'iat ahead',
      payload: { ...token, nbf: iat - 10, iat: iat + 10 },
      now: iat,
      want: ['skewNbfIat'],
    },
    { name: 'no iat', payload: { exp }, now: iat, want: ['noIat'] },
    { name: 'plain token', payload: token, now: iat + 1, want: [] },
  ])('states its assumptions: $name', ({ payload, now, want }) => {
    expect(checkTimeClaims(payload, now).assumptions).toEqual(want)
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
