import { describe, expect, it } from 'vitest'
import { formatElapsed } from './time'

describe(formatElapsed, () => {
  it.each([
    [0, '00:00'],
    [59.9, '00:59'],
    [61, '01:01'],
    [3600 + 62, '1:01:02'],
    [-5, '00:00'],
  ])('%s s → %s', (seconds, text) => {
    expect(formatElapsed(seconds)).toBe(text)
  })
})
