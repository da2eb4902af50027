import { describe, expect, it } from 'vitest'
import { fromInputValue, shiftIso, toInputValue, tokenExpiry } from './clock'

describe('the clock field', () => {
  it('shows the instant in UTC to the second and reads it back', () => {
    expect(toInputValue('2026-11-29T12:01:05.000Z')).toBe('2026-11-29T12:01:05')
    expect(toInputValue('2026-11-29T21:01:05+09:00')).toBe('2026-11-29T12:01:05')
    expect(fromInputValue('2026-11-29T12:01:05')).toBe('2026-11-29T12:01:05.000Z')
    expect(fromInputValue('2026-11-29T12:01')).toBe('2026-11-29T12:01:00.000Z')
  })

  it('ignores an incomplete or invalid value', () => {
    expect(toInputValue('soon')).toBe('')
    expect(fromInputValue('')).toBeUndefined()
    expect(fromInputValue('2026-13-45T99:00')).toBeUndefined()
    expect(fromInputValue('2026-02-30T10:00:00')).toBeUndefined()
    expect(fromInputValue('2026-11-29T12:01:0')).toBeUndefined()
  })

  it('reads what people type in one text field: a space for T, a trailing Z', () => {
    expect(fromInputValue('2026-11-29 12:01:05')).toBe('2026-11-29T12:01:05.000Z')
    expect(fromInputValue(' 2026-11-29T12:01:05Z ')).toBe('2026-11-29T12:01:05.000Z')
  })

  it('moves by hours and days', () => {
    expect(shiftIso('2026-11-29T12:00:00.000Z', 3600)).toBe('2026-11-29T13:00:00.000Z')
    expect(shiftIso('2026-11-29T12:00:00.000Z', 86400)).toBe('2026-11-30T12:00:00.000Z')
  })

  it("reads the token's exp", () => {
    const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url')
    const token = `${b64({ alg: 'RS256' })}.${b64({ exp: 1795953600 })}.c2ln`
    expect(tokenExpiry(token)).toBe('2026-11-29T12:00:00.000Z')
    expect(tokenExpiry('not a token')).toBeUndefined()
  })
})
