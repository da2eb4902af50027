import { describe, expect, it } from 'vitest'
import { formatDuration } from './format'
import { leakExerciseDone, sessionAttempt, userKeyAttempt } from './leak'

describe('a leaked credential', () => {
  it('an IAM user key works at any age until it is deleted', () => {
    expect(userKeyAttempt(365 * 86400, undefined)).toBe('works')
    expect(userKeyAttempt(86400, 30 * 86400)).toBe('works')
    expect(userKeyAttempt(30 * 86400, 30 * 86400)).toBe('deleted')
  })

  it('a role session stops at its expiry', () => {
    expect(sessionAttempt(60, 3600)).toBe('works')
    expect(sessionAttempt(3600, 3600)).toBe('expired')
    expect(sessionAttempt(3600, 7200)).toBe('works')
  })

  it('the exercise is done once the key is deleted after the session would have expired', () => {
    expect(leakExerciseDone(undefined, 3600)).toBe(false)
    expect(leakExerciseDone(60, 3600)).toBe(false)
    expect(leakExerciseDone(86400, 3600)).toBe(true)
  })
})

describe(formatDuration, () => {
  it.each([
    [3600, 'en', '1 hour'],
    [7200, 'en', '2 hours'],
    [30 * 86400, 'en', '30 days'],
    [5400, 'en', '90 minutes'],
    [7200, 'ko', '2시간'],
    [365 * 86400, 'ko', '1년'],
  ])('%s s in %s → %s', (seconds, lang, expected) => {
    expect(formatDuration(seconds, lang)).toBe(expected)
  })
})
