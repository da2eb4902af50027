import { describe, expect, it } from 'vitest'
import { parseStepParam, withStepParam } from './stepParam'

describe(parseStepParam, () => {
  it.each([
    ['?step=7', 7],
    ['?view=present&step=0', 0],
    ['?step=', undefined],
    ['?step=-1', undefined],
    ['?step=2.5', undefined],
    ['?step=abc', undefined],
    ['', undefined],
  ])('%s → %s', (search, expected) => {
    expect(parseStepParam(search)).toBe(expected)
  })
})

describe(withStepParam, () => {
  it('sets the step and keeps the other parameters and the hash', () => {
    expect(withStepParam('http://h/app/?view=present#s=abc', 4)).toBe(
      'http://h/app/?view=present&step=4#s=abc',
    )
  })

  it('replaces an existing step and removes it for the first step', () => {
    expect(withStepParam('http://h/?step=4&view=embed', 5)).toBe('http://h/?step=5&view=embed')
    expect(withStepParam('http://h/?step=4&view=embed', 0)).toBe('http://h/?view=embed')
  })

  it('round-trips through parseStepParam', () => {
    expect(parseStepParam(new URL(withStepParam('http://h/?a=1', 12)).search)).toBe(12)
  })
})
