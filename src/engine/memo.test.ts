import { describe, expect, it } from 'vitest'
import { memoizeByKey } from './memo'

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
