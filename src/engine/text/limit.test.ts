import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../types'
import {
  MAX_DOCUMENT_FINDINGS,
  MAX_DUPLICATE_KEY_FINDINGS,
  MAX_SYNTAX_FINDINGS,
  parseJsonDocument,
  parseYamlDocument,
} from './document'
import { limitFindings } from './limit'

const count = (findings: Finding[], code: string) => findings.filter((f) => f.code === code).length

/** `{"a": 1 ␁ ␁ …}`: jsonc-parser reports each stray control character, two columns apart. */
const jsonJunk = (n: number) => `{"a": 1 ${'\u0001 '.repeat(n)}}`
/** One unclosed quoted scalar per line, each at the same column: one YAML syntax error a line. */
const yamlJunk = (n: number) =>
  Array.from({ length: n }, (_, i) => `k${String(i).padStart(3, '0')}: "\u0001\n`).join('')

const parsers = [
  { name: 'JSON', parse: parseJsonDocument, junk: jsonJunk },
  { name: 'YAML', parse: parseYamlDocument, junk: yamlJunk },
]

describe('syntax findings are bounded', () => {
  it('JSON with 500 stray control characters lists the first ones and one summary', () => {
    // Given
    const text = jsonJunk(500)
    // When
    const doc = parseJsonDocument(text, 'trustPolicy')
    // Then
    expect(doc.ok).toBe(false)
    expect(count(doc.findings, 'document.syntax')).toBe(MAX_SYNTAX_FINDINGS)
    expect(count(doc.findings, 'document.too-many-errors')).toBe(1)
    expect(doc.findings).toHaveLength(MAX_SYNTAX_FINDINGS + 1)
    // The first character sits at column 9; the first one dropped is MAX_SYNTAX_FINDINGS further.
    expect(doc.findings[0]?.at).toEqual({ line: 1, column: 9 })
    expect(doc.findings.at(-1)).toMatchObject({
      code: 'document.too-many-errors',
      severity: 'error',
      source: 'trustPolicy',
      at: { line: 1, column: 9 + 2 * MAX_SYNTAX_FINDINGS },
    })
    expect(doc.findings.at(-1)?.message).toContain('480')
  })

  it('YAML with 500 broken lines lists the first ones and one summary', () => {
    // Given
    const text = yamlJunk(500)
    // When
    const doc = parseYamlDocument(text, 'pod')
    // Then
    expect(doc.ok).toBe(false)
    expect(count(doc.findings, 'document.syntax')).toBe(MAX_SYNTAX_FINDINGS)
    expect(count(doc.findings, 'document.too-many-errors')).toBe(1)
    expect(doc.findings).toHaveLength(MAX_SYNTAX_FINDINGS + 1)
    const column = doc.findings[0]?.at?.column
    expect(doc.findings.at(-1)).toMatchObject({
      code: 'document.too-many-errors',
      severity: 'error',
      at: { line: MAX_SYNTAX_FINDINGS + 1, column },
    })
    expect(doc.findings.at(-1)?.message).toContain('480')
  })

  it.each(
    parsers.flatMap(({ name, parse, junk }) =>
      [1, MAX_SYNTAX_FINDINGS - 1, MAX_SYNTAX_FINDINGS].map((errors) => ({
        name: `${name}, ${errors} errors`,
        parse,
        text: junk(errors),
        errors,
      })),
    ),
  )('lists every error and no summary up to the bound: $name', ({ parse, text, errors }) => {
    const doc = parse(text, 'pod')
    expect(doc.ok).toBe(false)
    expect(count(doc.findings, 'document.syntax')).toBe(errors)
    expect(count(doc.findings, 'document.too-many-errors')).toBe(0)
  })

  it.each(parsers)('one error past the bound gives a summary of one: $name', ({ parse, junk }) => {
    const doc = parse(junk(MAX_SYNTAX_FINDINGS + 1), 'pod')
    expect(count(doc.findings, 'document.syntax')).toBe(MAX_SYNTAX_FINDINGS)
    expect(count(doc.findings, 'document.too-many-errors')).toBe(1)
    expect(doc.findings.at(-1)?.message).toMatch(/\b1 more syntax error\b/)
  })
})

describe('duplicate-key warnings are bounded on their own', () => {
  it.each([
    {
      name: 'JSON',
      doc: () => parseJsonDocument(`{${'"a": 1, '.repeat(100)}"a": 1}`, 'trustPolicy'),
    },
    { name: 'YAML', doc: () => parseYamlDocument('a: 1\n'.repeat(101), 'pod') },
  ])('100 repeats of a key: $name', ({ doc }) => {
    // When
    const { ok, findings } = doc()
    // Then: a valid document stays valid; the warnings past the bound become one summary.
    expect(ok).toBe(true)
    expect(count(findings, 'document.duplicate-key')).toBe(MAX_DUPLICATE_KEY_FINDINGS)
    expect(findings.at(-1)).toMatchObject({
      code: 'document.too-many-duplicate-keys',
      severity: 'warning',
      pointer: '/a',
    })
    expect(count(findings, 'document.too-many-errors')).toBe(0)
  })

  it('does not take syntax errors out of their own bound', () => {
    // Given: 30 syntax errors and 30 duplicate keys (each broken line repeats key "k").
    const text = 'k: "\u0001\n'.repeat(30)
    // When
    const { findings } = parseYamlDocument(text, 'pod')
    // Then
    expect(count(findings, 'document.syntax')).toBe(MAX_SYNTAX_FINDINGS)
    expect(count(findings, 'document.too-many-errors')).toBe(1)
    expect(count(findings, 'document.duplicate-key')).toBe(MAX_DUPLICATE_KEY_FINDINGS)
    expect(count(findings, 'document.too-many-duplicate-keys')).toBe(1)
  })
})

describe(limitFindings, () => {
  const finding = (n: number): Finding => ({
    code: 'document.syntax',
    severity: 'error',
    message: String(n),
    source: 'pod',
    pointer: `/${n}`,
  })
  const summarize = (omitted: number, first: Finding): Finding => ({
    ...first,
    code: 'document.too-many-errors',
    message: String(omitted),
  })

  it.each([
    { name: 'none', items: 0, max: 3, codes: [] },
    { name: 'at the bound', items: 3, max: 3, codes: ['/0', '/1', '/2'] },
    { name: 'one past', items: 4, max: 3, codes: ['/0', '/1', '/2', '/3'], omitted: '1' },
    { name: 'far past', items: 500, max: 3, codes: ['/0', '/1', '/2', '/3'], omitted: '497' },
    { name: 'a bound of zero', items: 2, max: 0, codes: ['/0'], omitted: '2' },
  ])('$name', ({ items, max, codes, omitted }) => {
    const kept = limitFindings(
      Array.from({ length: items }, (_, i) => i),
      max,
      finding,
      summarize,
    )
    expect(kept.map((f) => f.pointer)).toEqual(codes)
    if (omitted === undefined) expect(count(kept, 'document.too-many-errors')).toBe(0)
    else expect(kept.at(-1)).toMatchObject({ code: 'document.too-many-errors', message: omitted })
  })
})

describe('property: no text yields more than the bounded number of findings', () => {
  // Characters that break JSON and YAML in many ways, and repeats of them, so that many texts
  // run well past the bounds.
  const unit = fc.constantFrom(
    ...'{}[],:"\'-?&*!|>#%@` \t\n\r\u0001\u0000\u007f\ufeffa1\\'.split(''),
    'a: 1\n',
    '"a": 1,',
  )
  const text = fc.oneof(
    fc.string({ unit, maxLength: 400 }),
    fc
      .tuple(fc.string({ unit, minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 250 }))
      .map(([fragment, times]) => fragment.repeat(times)),
  )

  it.each(parsers)('$name', ({ parse }) => {
    fc.assert(
      fc.property(text, (t) => {
        const { findings } = parse(t, 'pod')
        const syntax = count(findings, 'document.syntax')
        const summary = count(findings, 'document.too-many-errors')
        // The bound the task names: N syntax findings, their summary, and the non-syntax ones
        // (MAX_DUPLICATE_KEY_FINDINGS duplicate keys, their summary, and two once-per-document).
        expect(findings.length).toBeLessThanOrEqual(
          MAX_SYNTAX_FINDINGS + 1 + (MAX_DUPLICATE_KEY_FINDINGS + 1 + 2),
        )
        expect(findings.length).toBeLessThanOrEqual(MAX_DOCUMENT_FINDINGS)
        expect(syntax).toBeLessThanOrEqual(MAX_SYNTAX_FINDINGS + 1)
        expect(count(findings, 'document.duplicate-key')).toBeLessThanOrEqual(
          MAX_DUPLICATE_KEY_FINDINGS,
        )
        expect(summary).toBeLessThanOrEqual(1)
        expect(count(findings, 'document.collection-key')).toBeLessThanOrEqual(1)
        // A summary only ever follows a full list (plus, for YAML, at most one "could not be read").
        if (summary === 1) expect(syntax).toBeGreaterThanOrEqual(MAX_SYNTAX_FINDINGS)
        if (count(findings, 'document.too-many-duplicate-keys') === 1)
          expect(count(findings, 'document.duplicate-key')).toBe(MAX_DUPLICATE_KEY_FINDINGS)
      }),
      { numRuns: 300 },
    )
  })
})
