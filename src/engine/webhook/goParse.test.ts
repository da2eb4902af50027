import { describe, expect, it } from 'vitest'
import { parseGoBool, parseGoInt64 } from './goParse'

describe('parseGoBool (strconv.ParseBool)', () => {
  it.each([
    ...['1', 't', 'T', 'TRUE', 'true', 'True'].map((text) => ({
      name: text,
      text,
      expected: true,
    })),
    ...['0', 'f', 'F', 'FALSE', 'false', 'False'].map((text) => ({
      name: text,
      text,
      expected: false,
    })),
    ...['', 'yes', 'tRue', ' true', 'true ', 'on', '2'].map((text) => ({
      name: JSON.stringify(text),
      text,
      expected: undefined,
    })),
  ])('$name', ({ text, expected }) => {
    expect(parseGoBool(text)).toBe(expected)
  })
})

describe('parseGoInt64 (strconv.ParseInt(s, 10, 64))', () => {
  it.each([
    { name: 'plain', text: '3600', expected: { ok: true, value: 3600 } },
    { name: 'plus sign', text: '+600', expected: { ok: true, value: 600 } },
    { name: 'negative', text: '-5', expected: { ok: true, value: -5 } },
    { name: 'leading zeros', text: '0600', expected: { ok: true, value: 600 } },
    {
      name: 'int64 max',
      text: '9223372036854775807',
      expected: { ok: true, value: 2 ** 63 },
    },
    { name: 'above int64', text: '9223372036854775808', expected: { ok: false, reason: 'range' } },
    { name: 'below int64', text: '-9223372036854775809', expected: { ok: false, reason: 'range' } },
    { name: 'empty', text: '', expected: { ok: false, reason: 'syntax' } },
    { name: 'sign only', text: '-', expected: { ok: false, reason: 'syntax' } },
    {
      name: 'underscore (base 10 is explicit)',
      text: '1_000',
      expected: { ok: false, reason: 'syntax' },
    },
    { name: 'space', text: ' 600', expected: { ok: false, reason: 'syntax' } },
    { name: 'exponent', text: '6e2', expected: { ok: false, reason: 'syntax' } },
    { name: 'decimal', text: '600.0', expected: { ok: false, reason: 'syntax' } },
    { name: 'unit', text: '1h', expected: { ok: false, reason: 'syntax' } },
    { name: 'non-ASCII digits', text: '٦٠٠', expected: { ok: false, reason: 'syntax' } },
  ])('$name', ({ text, expected }) => {
    expect(parseGoInt64(text)).toEqual(expected)
  })
})
