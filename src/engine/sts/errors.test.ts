import { describe, expect, it } from 'vitest'
import { STS_ERRORS, toStsError } from './errors'

describe('STS_ERRORS', () => {
  it('keeps the quirks of the real messages', () => {
    // The double space after the comma, and no space between "date/time" and the expiry.
    expect(STS_ERRORS.verificationKey().message).toContain('provider,  please')
    expect(STS_ERRORS.expired(1626271164, 1626191469).message).toBe(
      'Token expired: current date/time 1626271164 must be before the expiration date/time1626191469',
    )
  })

  it.each([
    {
      error: STS_ERRORS.noProvider('https://oidc.eks.us-east-1.amazonaws.com/id/X'),
      code: 'InvalidIdentityToken',
      status: 400,
    },
    { error: STS_ERRORS.incorrectAudience(), code: 'InvalidIdentityToken', status: 400 },
    { error: STS_ERRORS.expired(2, 1), code: 'ExpiredTokenException', status: 400 },
    { error: STS_ERRORS.accessDenied(), code: 'AccessDenied', status: 403 },
    { error: STS_ERRORS.invalidArn(), code: 'ValidationError', status: 400 },
  ])('$code ($status)', ({ error, code, status }) => {
    expect(toStsError(error)).toEqual({ code, message: error.message, httpStatus: status })
  })

  it('marks unconfirmed messages as assumptions, and confirmed ones not', () => {
    expect(STS_ERRORS.malformedToken().assumption).toBeDefined()
    expect(STS_ERRORS.notYetValid().assumption).toBeDefined()
    expect(STS_ERRORS.missingClaim('exp').assumption).toBeDefined()
    expect(STS_ERRORS.missingClaim('aud').assumption).toBeUndefined()
    expect(STS_ERRORS.incorrectAudience().assumption).toBeUndefined()
  })
})
