import { describe, expect, it } from 'vitest'
import { sameValue } from './sameValue'

describe('sameValue', () => {
  it('is true for equal plain data built apart', () => {
    const make = () => ({
      outcome: 'issued',
      steps: [{ id: 'jwt.signature', status: 'pass', data: { kid: 'k1', n: 3 } }],
      findings: [],
      missing: undefined,
      none: null,
    })
    expect(sameValue(make(), make())).toBe(true)
    expect(sameValue([1, 'a', [true]], [1, 'a', [true]])).toBe(true)
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true)
  })

  it('is false for any difference: a value, a key, a length, a kind', () => {
    expect(sameValue({ a: { b: 1 } }, { a: { b: 2 } })).toBe(false)
    expect(sameValue({ a: 1 }, { b: 1 })).toBe(false)
    expect(sameValue({ a: 1 }, { a: 1, b: 1 })).toBe(false)
    expect(sameValue({ a: undefined }, {})).toBe(false)
    expect(sameValue([1, 2], [1, 2, 3])).toBe(false)
    expect(sameValue([1], { 0: 1 })).toBe(false)
    expect(sameValue('1', 1)).toBe(false)
    expect(sameValue(null, {})).toBe(false)
  })

  it('never calls two distinct non-plain objects equal (a typed array, a Map, a class)', () => {
    expect(sameValue(new Uint8Array([1]), new Uint8Array([1]))).toBe(false)
    expect(sameValue(new Map(), new Map())).toBe(false)
    class Point {
      x = 1
    }
    expect(sameValue(new Point(), new Point())).toBe(false)
    const shared = new Map()
    expect(sameValue({ m: shared }, { m: shared })).toBe(true)
  })
})
