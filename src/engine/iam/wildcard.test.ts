import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compilePieces, matchGlob, wildcardMatch } from './wildcard'

/** A reference matcher (regex; fine for the small inputs of the property test). */
function reference(pattern: string, value: string): boolean {
  const source = [...pattern]
    .map((c) =>
      c === '*' ? '[\\s\\S]*' : c === '?' ? '[\\s\\S]' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('')
  return new RegExp(`^${source}$`).test(value)
}

describe('wildcardMatch', () => {
  it.each([
    { name: 'exact', pattern: 'abc', value: 'abc', matched: true },
    { name: 'exact differs', pattern: 'abc', value: 'abd', matched: false },
    { name: 'length differs', pattern: 'abc', value: 'abcd', matched: false },
    { name: 'star alone matches empty', pattern: '*', value: '', matched: true },
    { name: 'star alone matches anything', pattern: '*', value: 'x:y/z', matched: true },
    {
      name: 'trailing star',
      pattern: 'system:serviceaccount:ns:*',
      value: 'system:serviceaccount:ns:sa',
      matched: true,
    },
    { name: 'leading star', pattern: '*:sa', value: 'system:serviceaccount:ns:sa', matched: true },
    {
      name: 'star spans colons',
      pattern: 'system:*',
      value: 'system:serviceaccount:a:b',
      matched: true,
    },
    { name: 'middle star', pattern: 'a*c', value: 'abbbc', matched: true },
    { name: 'middle star, wrong end', pattern: 'a*c', value: 'abbbd', matched: false },
    { name: 'question mark is one char', pattern: 'a?c', value: 'abc', matched: true },
    { name: 'question mark is not zero chars', pattern: 'a?c', value: 'ac', matched: false },
    { name: 'star then question', pattern: '*?', value: '', matched: false },
    { name: 'overlapping segments', pattern: '*aa*aa*', value: 'aaa', matched: false },
    { name: 'adjacent segments', pattern: '*aa*aa*', value: 'aaaa', matched: true },
    { name: 'question in middle segment', pattern: '*b?d*', value: 'abcde', matched: true },
    { name: 'prefix and suffix must not overlap', pattern: 'ab*ba', value: 'aba', matched: false },
    { name: 'case-sensitive by default', pattern: 'ABC', value: 'abc', matched: false },
  ])('$name', ({ pattern, value, matched }) => {
    expect(wildcardMatch(pattern, value)).toBe(matched)
  })

  it('folds case when asked (actions)', () => {
    expect(wildcardMatch('sts:AssumeRoleWith*', 'STS:assumerolewithwebidentity', true)).toBe(true)
  })

  it('keeps literal pieces literal (from ${*} and substituted variables)', () => {
    // Given a pattern whose "*" came from the ${*} escape
    const pattern = compilePieces([
      { text: 'a', literal: false },
      { text: '*', literal: true },
      { text: '?', literal: false },
    ])
    // Then the star only matches itself
    expect(matchGlob(pattern, 'a*x')).toBe(true)
    expect(matchGlob(pattern, 'abx')).toBe(false)
  })

  it('agrees with a regular-expression reference on small alphabets', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ':'), maxLength: 12 })
    const pattern = fc.string({ unit: fc.constantFrom('a', 'b', ':', '*', '?'), maxLength: 8 })
    fc.assert(
      fc.property(pattern, text, (p, v) => {
        expect(wildcardMatch(p, v)).toBe(reference(p, v))
      }),
      { numRuns: 2000 },
    )
  })

  it('matches a 50-star pattern against a 10 KB value without backtracking blow-up', () => {
    // Given the classic catastrophic case for backtracking matchers
    const value = 'a'.repeat(10_000)
    const failing = '*a'.repeat(50) + 'b'
    const passing = '*a'.repeat(50) + '*'
    // Then both finish (a backtracking matcher would not) with the right answer
    for (let i = 0; i < 100; i++) {
      expect(wildcardMatch(failing, value)).toBe(false)
      expect(wildcardMatch(passing, value)).toBe(true)
    }
  })
})
