import { describe, expect, it } from 'vitest'
import { readServiceAccount } from './serviceAccount'
import { codes } from './testing'

describe('readServiceAccount', () => {
  it.each([
    {
      name: 'a complete ServiceAccount',
      sa: {
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: { name: 'example-sa', namespace: 'example', annotations: { a: 'b' } },
      },
      expected: { name: 'example-sa', namespace: 'example', annotations: { a: 'b' } },
      findings: [],
    },
    {
      name: 'namespace defaults to default',
      sa: { kind: 'ServiceAccount', metadata: { name: 'x' } },
      expected: { name: 'x', namespace: 'default', annotations: {} },
      findings: [],
    },
    {
      name: 'wrong kind is reported, the rest still read',
      sa: { kind: 'Pod', metadata: { name: 'x', annotations: { a: 'b' } } },
      expected: { name: 'x', namespace: 'default', annotations: { a: 'b' } },
      findings: ['webhook.sa.wrong-kind /kind'],
    },
    {
      name: 'missing kind and name',
      sa: { metadata: {} },
      expected: { namespace: 'default', annotations: {} },
      findings: ['webhook.sa.name-missing /metadata', 'webhook.sa.wrong-kind '],
    },
    {
      name: 'no metadata at all',
      sa: { kind: 'ServiceAccount' },
      expected: { namespace: 'default', annotations: {} },
      findings: ['webhook.sa.name-missing '],
    },
    {
      name: 'fields of the wrong type',
      sa: {
        kind: 'ServiceAccount',
        metadata: { name: 7, namespace: [], annotations: { ok: 'v', n: 1, o: {} } },
      },
      expected: { namespace: 'default', annotations: { ok: 'v' } },
      findings: [
        'webhook.sa.invalid-field /metadata/annotations/n',
        'webhook.sa.invalid-field /metadata/annotations/o',
        'webhook.sa.invalid-field /metadata/name',
        'webhook.sa.invalid-field /metadata/namespace',
        'webhook.sa.name-missing /metadata',
      ],
    },
    {
      name: 'annotations that are not an object',
      sa: { kind: 'ServiceAccount', metadata: { name: 'x', annotations: 'role' } },
      expected: { name: 'x', namespace: 'default', annotations: {} },
      findings: ['webhook.sa.invalid-field /metadata/annotations'],
    },
    {
      name: 'an array',
      sa: [],
      expected: { annotations: {} },
      findings: ['webhook.sa.not-an-object '],
    },
  ])('$name', ({ sa, expected, findings }) => {
    // When
    const info = readServiceAccount(sa)
    // Then
    const { findings: found, ...rest } = info
    expect(rest).toEqual(expected)
    expect(codes(found)).toEqual([...findings].sort())
  })

  it('keeps a __proto__ annotation as an ordinary key', () => {
    const sa = JSON.parse(
      '{"kind":"ServiceAccount","metadata":{"name":"x","annotations":{"__proto__":"v"}}}',
    ) as object
    const { annotations } = readServiceAccount(sa)
    expect(Object.hasOwn(annotations, '__proto__')).toBe(true)
    expect(Object.getPrototypeOf(annotations)).toBe(Object.prototype)
  })
})
