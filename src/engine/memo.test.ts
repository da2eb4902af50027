import { describe, expect, it } from 'vitest'
import { memoizeByKey, memoizeByParts } from './memo'

describe(memoizeByKey, () => {
  it('computes once per key and evicts the least recently used', () => {
    // Given
    let calls = 0
    const square = memoizeByKey((n: number) => (calls++, n * n), String, 2)
    // When
    square(2)
    square(2)
    square(3)
    square(2) // 2 is now the most recent
    square(4) // evicts 3
    square(3)
    // Then
    expect(calls).toBe(4)
    expect(square(2)).toBe(4)
  })
})

describe(memoizeByParts, () => {
  it('takes a primed result as its own: no call for that key, and it counts toward the bound', () => {
    // Given
    let calls = 0
    const upper = memoizeByParts(
      (text: string) => (calls++, text.toUpperCase()),
      (text) => [text],
      2,
    )
    // When
    upper.prime('PRIMED', 'a')
    // Then
    expect(upper('a')).toBe('PRIMED')
    expect(calls).toBe(0)
    upper('b')
    upper('c') // evicts the primed 'a', the least recently used
    expect(upper('a')).toBe('A')
    expect(calls).toBe(3)
  })

  it('keys by every part (objects by identity) and evicts the least recently used', () => {
    // Given
    let calls = 0
    const a = { n: 1 }
    const b = { n: 1 }
    const join = memoizeByParts(
      (text: string, source: string, obj: object) => (calls++, `${source}:${text}:${String(obj)}`),
      (text, source, obj) => [source, text, obj],
      2,
    )
    // When
    join('x', 's', a)
    join('x', 's', a) // hit
    join('x', 's', b) // another object with the same content: a miss
    join('x', 's', a) // a is now the most recent
    join('y', 's', a) // evicts (x, s, b)
    join('x', 's', b)
    // Then
    expect(calls).toBe(4)
    expect(join('x', 's', b)).toBe('s:x:[object Object]')
    expect(calls).toBe(4)
  })

  it('tells "a" + "bc" from "ab" + "c" and keeps nothing when the function throws', () => {
    // Given
    let calls = 0
    const concat = memoizeByParts(
      (x: string, y: string) => {
        calls++
        if (x === 'boom') throw new Error('boom')
        return x + y
      },
      (x, y) => [x, y],
    )
    // When
    concat('a', 'bc')
    concat('ab', 'c')
    // Then
    expect(calls).toBe(2)
    expect(() => concat('boom', '')).toThrow('boom')
    expect(() => concat('boom', '')).toThrow('boom')
    expect(calls).toBe(4)
  })
})

describe('memoizeByParts … has', () => {
  it('tells a cached call from a new one without calling or refreshing anything', () => {
    // Given a cache of two, holding "a" (primed) and "b" (computed)
    let calls = 0
    const upper = memoizeByParts(
      (text: string, _source: string) => (calls++, text.toUpperCase()),
      (text, source) => [source, text],
      2,
    )
    upper.prime('A', 'a', 'pod')
    upper('b', 'pod')
    // Then
    expect(upper.has('a', 'pod')).toBe(true)
    expect(upper.has('b', 'pod')).toBe(true)
    expect(upper.has('a', 'serviceAccount')).toBe(false)
    expect(upper.has('c', 'pod')).toBe(false)
    expect(calls).toBe(1)
    // And asking does not make "a" the most recent: adding "c" still evicts it
    upper('b', 'pod')
    upper('c', 'pod')
    expect(upper.has('a', 'pod')).toBe(false)
  })
})
