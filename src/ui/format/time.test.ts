import { describe, expect, it } from 'vitest'
import { formatRelativeTime, formatUtc, isoToSeconds } from './time'

const now = 1_800_000_000

describe(formatRelativeTime, () => {
  it.each([
    [now + 86400 - 60, 'en', 'in 23 hours'],
    [now - 2 * 3600 - 59, 'en', '2 hours ago'],
    [now + 90, 'en', 'in 1 minute'],
    [now - 30, 'en', '30 seconds ago'],
    [now + 3 * 86400 + 5, 'en', 'in 3 days'],
    [now + 86400 - 60, 'ko', '23시간 후'],
    [now - 2 * 3600, 'ko', '2시간 전'],
  ])('%i from now in %s reads "%s"', (target, language, expected) => {
    expect(formatRelativeTime(target, now, language)).toBe(expected)
  })

  it('is relative to the given instant, not the real clock', () => {
    expect(formatRelativeTime(1000, 0, 'en')).toBe('in 16 minutes')
  })
})

describe(formatUtc, () => {
  it('prints UTC without milliseconds', () => {
    expect(formatUtc(1_800_000_000)).toBe('2027-01-15 08:00:00 UTC')
  })
  it('gives undefined for a value that is no date', () => {
    expect(formatUtc(Number.POSITIVE_INFINITY)).toBeUndefined()
    expect(formatUtc(1e20)).toBeUndefined()
  })
})

describe(isoToSeconds, () => {
  it('parses ISO instants to whole seconds', () => {
    expect(isoToSeconds('2026-11-29T12:00:00.900Z')).toBe(1_795_953_600)
    expect(isoToSeconds('soon')).toBeUndefined()
  })
})
