import { describe, expect, it } from 'vitest'
import { exceedsBracketDepth, parseJsonDocument, parseYamlDocument } from './document'

describe('parseJsonDocument', () => {
  it('keeps the location of every element', () => {
    // Given
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow" }]\n}'
    // When
    const doc = parseJsonDocument(text, 'trustPolicy')
    // Then
    expect(doc.ok).toBe(true)
    expect(doc.locate('/Statement/0/Effect')?.start).toEqual({ line: 3, column: 29 })
    expect(doc.locateKey('/Version')?.start).toEqual({ line: 2, column: 3 })
  })

  it.each([
    { name: 'trailing comma', text: '{"a": 1,}' },
    { name: 'comment', text: '{"a": 1 /* no */}' },
    { name: 'truncated', text: '{"a": [1, 2' },
  ])('reports a syntax error at its position and still reads the rest: $name', ({ text }) => {
    const doc = parseJsonDocument(text, 'trustPolicy')
    expect(doc.ok).toBe(false)
    expect(doc.findings.map((f) => f.code)).toContain('document.syntax')
    expect(doc.findings.find((f) => f.code === 'document.syntax')?.at?.line).toBe(1)
    expect(doc.value).toMatchObject({ a: expect.anything() })
  })

  it('warns on duplicate keys and keeps the last, like JSON.parse', () => {
    const doc = parseJsonDocument('{"a": 1, "a": 2}', 'trustPolicy')
    expect(doc.value).toEqual({ a: 2 })
    expect(doc.findings).toEqual([
      expect.objectContaining({ code: 'document.duplicate-key', pointer: '/a' }),
    ])
  })

  it('treats __proto__ as an ordinary key', () => {
    const doc = parseJsonDocument('{"__proto__": {"polluted": true}}', 'trustPolicy')
    const value = doc.value as Record<string, unknown>
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(Object.keys(value)).toEqual(['__proto__'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses absurd nesting without throwing', () => {
    const doc = parseJsonDocument('['.repeat(100_000), 'trustPolicy')
    expect(doc.ok).toBe(false)
    expect(doc.findings.map((f) => f.code)).toContain('document.too-deep')
  })

  it('returns the cached result for the same text', () => {
    expect(parseJsonDocument('{"a": 1}', 'trustPolicy')).toBe(
      parseJsonDocument('{"a": 1}', 'trustPolicy'),
    )
    expect(parseJsonDocument('{"a": 1}', 'trustPolicy')).not.toBe(
      parseJsonDocument('{"a": 1}', 'permissionPolicy'),
    )
  })

  it('escapes pointer tokens', () => {
    const doc = parseJsonDocument('{"a/b": {"c~d": 1}}', 'trustPolicy')
    expect(doc.locate('/a~1b/c~0d')?.start).toEqual({ line: 1, column: 17 })
  })
})

describe('parseYamlDocument', () => {
  it('keeps the location of every element', () => {
    const text =
      'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  annotations:\n    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/example-role\n'
    const doc = parseYamlDocument(text, 'serviceAccount')
    expect(doc.ok).toBe(true)
    expect(doc.locate('/metadata/annotations/eks.amazonaws.com~1role-arn')?.start).toEqual({
      line: 5,
      column: 33,
    })
  })

  it('reads JSON too', () => {
    expect(parseYamlDocument('{"kind": "Pod"}', 'pod').value).toEqual({ kind: 'Pod' })
  })

  it('stops a billion-laughs document', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i)
      const name = String.fromCharCode(97 + i)
      lines.push(
        `${name}: &${name} [${Array(10)
          .fill('*' + prev)
          .join(',')}]`,
      )
    }
    const doc = parseYamlDocument(lines.join('\n'), 'pod')
    expect(doc.ok).toBe(false)
    expect(doc.findings.map((f) => f.code)).toContain('document.alias-limit')
  })

  it('reports syntax errors with a position', () => {
    const doc = parseYamlDocument('metadata:\n  name: [unclosed\n', 'serviceAccount')
    expect(doc.ok).toBe(false)
    expect(doc.findings[0]).toMatchObject({
      code: 'document.syntax',
      at: { line: expect.any(Number) },
    })
  })

  it('gives Error.stackTraceLimit back after parsing, on success and on errors', () => {
    const limit = Error.stackTraceLimit
    for (const text of ['kind: Pod\n', 'metadata:\n  name: [unclosed\n', '{'.repeat(300) + 'x'])
      parseYamlDocument(text, 'pod')
    expect(Error.stackTraceLimit).toBe(limit)
  })

  it.each([
    { name: 'flow sequence key', text: '{[a]: 1}', at: { line: 1, column: 2 } },
    { name: 'complex block key', text: 'kind: Pod\n? {a: 1}\n: b\n', at: { line: 2, column: 3 } },
    // yaml's toJS stringified such keys once per level: this took 20 s before it was refused.
    {
      name: 'unclosed braces',
      text: '{'.repeat(250) + ', x'.repeat(1000),
      at: { line: 1, column: 2 },
    },
  ])('refuses a collection used as a key, as Kubernetes does: $name', ({ text, at }) => {
    const start = performance.now()
    const doc = parseYamlDocument(text, 'pod')
    // A hang guard (the blow-up took 20 s), not a speed check: speed lives in npm run bench.
    expect(performance.now() - start, 'hang guard').toBeLessThan(10_000)
    expect(doc.ok).toBe(false)
    expect(doc.value).toBeUndefined()
    expect(doc.findings.filter((f) => f.code === 'document.collection-key')).toEqual([
      expect.objectContaining({ pointer: '', at }),
    ])
  })

  it('treats __proto__ as an ordinary key', () => {
    const doc = parseYamlDocument('__proto__:\n  polluted: true\n', 'pod')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.keys(doc.value as object)).toEqual(['__proto__'])
  })
})

describe(exceedsBracketDepth, () => {
  it.each([
    { text: '[[[]]]', max: 3, deep: false },
    { text: '[[[[]]]]', max: 3, deep: true },
    { text: '{"a": "[[[[[[[["}', max: 3, deep: false },
    { text: '[1, [2], [3]]', max: 2, deep: false },
  ])('$text with at most $max levels → $deep', ({ text, max, deep }) => {
    expect(exceedsBracketDepth(text, max)).toBe(deep)
  })
})
