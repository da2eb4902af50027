import { describe, expect, it } from 'vitest'
import { readCsvRecord } from './csv'

// Go encoding/csv Reader.Read with default settings (first record only).
const rows = [
  { name: 'one name', text: 'sidecar', expected: { ok: true, fields: ['sidecar'] } },
  { name: 'spaces are kept', text: 'a, b ,c', expected: { ok: true, fields: ['a', ' b ', 'c'] } },
  {
    name: 'trailing comma gives an empty field',
    text: 'a,',
    expected: { ok: true, fields: ['a', ''] },
  },
  { name: 'only the first record', text: 'a,b\nc,d', expected: { ok: true, fields: ['a', 'b'] } },
  {
    name: 'leading empty lines are skipped',
    text: '\n\r\na',
    expected: { ok: true, fields: ['a'] },
  },
  { name: 'CRLF ends the record', text: 'a,b\r\nc', expected: { ok: true, fields: ['a', 'b'] } },
  { name: 'a lone trailing CR is dropped', text: 'a\r', expected: { ok: true, fields: ['a'] } },
  {
    name: 'quoted field with comma',
    text: '"a,b",c',
    expected: { ok: true, fields: ['a,b', 'c'] },
  },
  { name: 'doubled quote', text: '"a""b"', expected: { ok: true, fields: ['a"b'] } },
  {
    name: 'quoted field over two lines',
    text: '"a\nb",c',
    expected: { ok: true, fields: ['a\nb', 'c'] },
  },
  { name: 'quoted then comma at the end', text: '"a",', expected: { ok: true, fields: ['a', ''] } },
  { name: 'empty text is io.EOF', text: '', expected: { ok: false, error: 'eof' } },
  { name: 'only newlines is io.EOF', text: '\n\n', expected: { ok: false, error: 'eof' } },
  { name: 'bare quote', text: 'a"b', expected: { ok: false, error: 'bare-quote' } },
  { name: 'text after a closing quote', text: '"a"b', expected: { ok: false, error: 'quote' } },
  { name: 'unterminated quote', text: '"ab', expected: { ok: false, error: 'quote' } },
  {
    name: 'space before a quote makes it bare',
    text: 'a, "b"',
    expected: { ok: false, error: 'bare-quote' },
  },
]

describe('readCsvRecord', () => {
  it.each(rows)('$name', ({ text, expected }) => {
    expect(readCsvRecord(text)).toEqual(expected)
  })
})
