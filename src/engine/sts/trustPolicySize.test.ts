import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isWhiteSpace, trustPolicySize } from './trustPolicySize'

/** The definition, character by character: what the fast count must agree with. */
function reference(text: string): number {
  let size = 0
  let inString = false
  let escaped = false
  for (const ch of text) {
    if (inString) {
      size++
      if (escaped) escaped = false
      else if (ch === '\\') escaped = true
      else if (ch === '"') inString = false
    } else if (!/\s/.test(ch)) {
      size++
      if (ch === '"') inString = true
    }
  }
  return size
}

describe('trustPolicySize', () => {
  it('is JavaScript’s \\s for every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++)
      expect([code, isWhiteSpace(code)]).toEqual([code, /\s/.test(String.fromCharCode(code))])
  })

  it('leaves out white space outside strings, keeps it inside, and counts a surrogate pair once', () => {
    expect(trustPolicySize('{ "a b" :\n\t"c\\" d" }')).toBe(15)
    expect(trustPolicySize('"😀"')).toBe(3)
    expect(trustPolicySize('\uD800 \uDFFF')).toBe(2)
    expect(trustPolicySize('\u3000\uFEFF\u00A0x')).toBe(1)
  })

  it('agrees with the character-by-character definition on any text', () => {
    const pieces = fc.constantFrom(
      '"',
      '\\',
      ' ',
      '\n',
      '\u2028',
      '\u3000',
      '\uD83D',
      '\uDE00',
      'a',
    )
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.array(pieces).map((parts) => parts.join('')),
        ),
        (text) => trustPolicySize(text) === reference(text),
      ),
      { numRuns: 2000 },
    )
  })
})
