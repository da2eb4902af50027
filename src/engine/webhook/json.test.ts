import { describe, expect, it } from 'vitest'
import { deepClone } from './json'

describe('deepClone', () => {
  it.each([
    { name: 'primitive', value: 5 },
    { name: 'null', value: null },
    { name: 'nested', value: { a: [1, { b: 'c' }], d: null } },
    { name: 'array', value: [[], {}, 'x'] },
  ])('$name', ({ value }) => {
    const copy = deepClone(value)
    expect(copy).toEqual(value)
    if (typeof value === 'object' && value !== null) expect(copy).not.toBe(value)
  })

  it('copies nesting deeper than the call stack', () => {
    // Given 100 000 nested arrays
    let deep: unknown[] = []
    const root = deep
    for (let i = 0; i < 100_000; i++) {
      const next: unknown[] = []
      deep.push(next)
      deep = next
    }
    // When
    const copy = deepClone(root)
    // Then (compared by hand: the assertion library itself would recurse)
    let depth = 0
    for (let a: unknown = copy, b: unknown = root; Array.isArray(a); depth++) {
      if (a === b || !Array.isArray(b)) break
      ;[a, b] = [a[0], b[0]]
    }
    expect(depth).toBe(100_001)
  })

  it('reproduces a cycle instead of looping', () => {
    const cyclic: Record<string, unknown> = { a: 1 }
    cyclic.self = cyclic
    const copy = deepClone(cyclic)
    expect(copy.self).toBe(copy)
    expect(copy).not.toBe(cyclic)
  })
})
