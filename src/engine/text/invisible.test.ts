import { describe, expect, it } from 'vitest'
import { parseJsonDocument, parseYamlDocument } from './document'
import { findInvisible, invisibleFindings, invisibleKind, revealInvisible } from './invisible'

describe(findInvisible, () => {
  it('names each invisible character by kind, code point and UTF-16 offset', () => {
    expect(findInvisible('example-sa\u200b')).toEqual([
      { kind: 'zeroWidth', codePoint: 0x200b, label: 'U+200B', offset: 10, length: 1 },
    ])
    expect(findInvisible('a\u202eb\u2066').map((c) => [c.kind, c.label, c.offset])).toEqual([
      ['bidi', 'U+202E', 1],
      ['bidi', 'U+2066', 3],
    ])
    expect(findInvisible('\u0000\u001b\u007f\u0085').map((c) => c.kind)).toEqual(
      Array(4).fill('control'),
    )
    expect(findInvisible('a\u00a0b\u3000').map((c) => c.kind)).toEqual(['space', 'space'])
    expect(findInvisible('x\u{e0041}y')).toEqual([
      { kind: 'zeroWidth', codePoint: 0xe0041, label: 'U+E0041', offset: 1, length: 2 },
    ])
  })

  it('leaves visible text alone: ASCII, Korean, emoji, accents', () => {
    expect(findInvisible('system:serviceaccount:photos:uploader')).toEqual([])
    expect(findInvisible('역할 파드 café 😀')).toEqual([])
    expect(invisibleKind('A'.codePointAt(0)!)).toBeUndefined()
  })

  it('reveals the characters as their code points', () => {
    expect(revealInvisible('example-sa\u200b')).toBe('example-sa⟨U+200B⟩')
    expect(revealInvisible('plain')).toBe('plain')
  })
})

describe(invisibleFindings, () => {
  it('a zero-width space in a condition value: code point, index and exact place as data', () => {
    const text =
      '{\n  "Condition": {"StringEquals": {"k:sub": "system:serviceaccount:a:sa\u200b"}}\n}'
    const doc = parseJsonDocument(text, 'trustPolicy')
    const [finding, ...rest] = invisibleFindings({
      source: 'trustPolicy',
      value: doc.value,
      text,
      locate: doc.locate,
      locateKey: doc.locateKey,
    })
    expect(rest).toEqual([])
    expect(finding).toMatchObject({
      code: 'text.invisible-character',
      severity: 'warning',
      source: 'trustPolicy',
      pointer: '/Condition/StringEquals/k:sub',
      data: {
        variant: 'zeroWidth',
        codePoint: 'U+200B',
        index: 'system:serviceaccount:a:sa'.length + 1,
      },
      at: { line: 2, column: text.split('\n')[1]!.indexOf('\u200b') + 1 },
    })
  })

  it('a bidi override in a YAML key, and the same character twice in one value', () => {
    const text = 'metadata:\n  name: "a\u202eb\u202e"\n  annotations:\n    "x\u2066": y\n'
    const doc = parseYamlDocument(text, 'serviceAccount')
    const findings = invisibleFindings({
      source: 'serviceAccount',
      value: doc.value,
      text,
      locate: doc.locate,
      locateKey: doc.locateKey,
    })
    expect(findings.map((f) => [f.pointer, f.data, f.at])).toEqual([
      [
        '/metadata/name',
        { variant: 'bidi', codePoint: 'U+202E', index: 2 },
        { line: 2, column: 11 },
      ],
      [
        '/metadata/name',
        { variant: 'bidi', codePoint: 'U+202E', index: 4 },
        { line: 2, column: 13 },
      ],
      [
        '/metadata/annotations/x\u2066',
        { variant: 'bidi', codePoint: 'U+2066', index: 2 },
        { line: 4, column: 7 },
      ],
    ])
  })

  it('objects without text: pointers under a prefix, no position; line breaks are no finding', () => {
    const findings = invisibleFindings({
      source: 'token',
      value: { sub: 'a\u200d', script: 'line 1\nline 2\t' },
      pointer: '/payload',
    })
    expect(findings.map((f) => [f.pointer, f.at])).toEqual([['/payload/sub', undefined]])
  })

  it('is bounded: at most 20 findings for a source full of them', () => {
    const value = { a: '\u200b'.repeat(1000) }
    expect(invisibleFindings({ source: 'request', value })).toHaveLength(20)
  })
})
