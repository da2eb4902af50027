import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeShareFragment } from './codec'
import { isShareFragment } from './fragment'

describe('isShareFragment', () => {
  it.each([
    { name: 'a preset link', fragment: '#p=happy-path', expected: true },
    { name: 'a packed link', fragment: '#s=N4Ig', expected: true },
    { name: 'without the #', fragment: 's=x&step=2', expected: true },
    { name: 'a preset after other parameters', fragment: '#step=1&p=x', expected: true },
    { name: 'empty', fragment: '', expected: false },
    { name: 'an in-page anchor', fragment: '#verdict', expected: false },
    { name: 'a look-alike parameter', fragment: '#sp=1&ps=2', expected: false },
  ])('$name', ({ fragment, expected }) => {
    expect(isShareFragment(fragment)).toBe(expected)
  })

  it('agrees with the codec on whether a fragment is a link at all', () => {
    const part = fc.constantFrom('p', 's', 'step', 'i', 'x', '', '=', '&', '#', '%20', '+', 'a')
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const fragment = parts.join('')
        expect(isShareFragment(fragment)).toBe(decodeShareFragment(fragment) !== undefined)
      }),
      { numRuns: 2000 },
    )
  })
})
