import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyLineHunk, lineHunk } from './textDiff'

describe(lineHunk, () => {
  it('keeps only the changed lines', () => {
    expect(lineHunk('a\nb\nc', 'a\nB\nc')).toEqual([1, 1, 'B'])
    expect(lineHunk('a\nb', 'a\nb\nc')).toEqual([2, 0, 'c'])
    expect(lineHunk('a\nb\nc', 'a\nc')).toEqual([1, 1])
  })

  it('round-trips any pair of texts', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (reference, text) => {
        expect(applyLineHunk(reference, lineHunk(reference, text))).toBe(text)
      }),
    )
  })

  it('refuses hunks that do not fit', () => {
    expect(applyLineHunk('a', [5, 1])).toBeUndefined()
    expect(applyLineHunk('a', [0, 1, 42])).toBeUndefined()
    expect(applyLineHunk('a', ['0', 1])).toBeUndefined()
  })
})
