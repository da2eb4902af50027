import { describe, expect, it } from 'vitest'
import type { JsonPatchOperation } from '../types'
import { applyPatch } from './patch'

interface Row {
  name: string
  doc: unknown
  patch: JsonPatchOperation[]
  expected: unknown
}

const rows: Row[] = [
  {
    name: 'add a member',
    doc: { a: 1 },
    patch: [{ op: 'add', path: '/b', value: 2 }],
    expected: { ok: true, value: { a: 1, b: 2 } },
  },
  {
    name: 'add on an existing member replaces it',
    doc: { a: [1] },
    patch: [{ op: 'add', path: '/a', value: [2] }],
    expected: { ok: true, value: { a: [2] } },
  },
  {
    name: 'add inserts into an array',
    doc: { v: ['x'] },
    patch: [{ op: 'add', path: '/v/0', value: 'y' }],
    expected: { ok: true, value: { v: ['y', 'x'] } },
  },
  {
    name: 'add appends with -',
    doc: { v: ['x'] },
    patch: [{ op: 'add', path: '/v/-', value: 'y' }],
    expected: { ok: true, value: { v: ['x', 'y'] } },
  },
  {
    name: 'add at the array length appends',
    doc: [],
    patch: [{ op: 'add', path: '/0', value: 1 }],
    expected: { ok: true, value: [1] },
  },
  {
    name: 'escaped tokens',
    doc: { 'a/b': { '~': 0 } },
    patch: [{ op: 'replace', path: '/a~1b/~0', value: 1 }],
    expected: { ok: true, value: { 'a/b': { '~': 1 } } },
  },
  {
    name: 'whole document',
    doc: { a: 1 },
    patch: [{ op: 'replace', path: '', value: [] }],
    expected: { ok: true, value: [] },
  },
  {
    name: 'replace needs the member',
    doc: {},
    patch: [{ op: 'replace', path: '/a', value: 1 }],
    expected: { ok: false, index: 0, error: 'missing-target' },
  },
  {
    name: 'the parent must exist',
    doc: {},
    patch: [{ op: 'add', path: '/spec/volumes', value: [] }],
    expected: { ok: false, index: 0, error: 'missing-parent' },
  },
  {
    name: 'index beyond the end',
    doc: [],
    patch: [{ op: 'add', path: '/1', value: 1 }],
    expected: { ok: false, index: 0, error: 'bad-index' },
  },
  {
    name: 'leading zero is not an index',
    doc: [1],
    patch: [{ op: 'add', path: '/01', value: 1 }],
    expected: { ok: false, index: 0, error: 'bad-index' },
  },
  {
    name: 'unsupported operation',
    doc: {},
    patch: [{ op: 'move', path: '/a' }],
    expected: { ok: false, index: 0, error: 'unsupported-op' },
  },
  {
    name: 'pointer without a leading slash',
    doc: {},
    patch: [{ op: 'add', path: 'a', value: 1 }],
    expected: { ok: false, index: 0, error: 'bad-pointer' },
  },
  {
    name: 'the second operation fails',
    doc: {},
    patch: [
      { op: 'add', path: '/a', value: 1 },
      { op: 'add', path: '/a/b/c', value: 1 },
    ],
    expected: { ok: false, index: 1, error: 'missing-parent' },
  },
]

describe('applyPatch', () => {
  it.each(rows)('$name', ({ doc, patch, expected }) => {
    const before = structuredClone(doc)
    expect(applyPatch(doc, patch)).toEqual(expected)
    expect(doc).toEqual(before)
  })

  it('sets __proto__ as a plain member, leaving the prototype alone', () => {
    const result = applyPatch({}, [{ op: 'add', path: '/__proto__', value: { polluted: true } }])
    expect(result.ok).toBe(true)
    const value = (result as { value: object }).value
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(Object.hasOwn(value, '__proto__')).toBe(true)
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined()
  })

  it('does not share the patch values with the result', () => {
    const value = { deep: [1] }
    const result = applyPatch({}, [{ op: 'add', path: '/a', value }]) as { value: { a: object } }
    expect(result.value.a).toEqual(value)
    expect(result.value.a).not.toBe(value)
  })
})
