import { describe, expect, it } from 'vitest'
import { parseDate } from './date'
import { runCondition } from './testing'

const NOW = '2024-06-01T12:00:00Z'

describe('Date operators', () => {
  it.each([
    { name: 'equals ISO', operator: 'DateEquals', values: '2024-06-01T12:00:00Z', matched: true },
    {
      name: 'equals with offset',
      operator: 'DateEquals',
      values: '2024-06-01T21:00:00+09:00',
      matched: true,
    },
    {
      name: 'equals with milliseconds',
      operator: 'DateEquals',
      values: '2024-06-01T12:00:00.000Z',
      matched: true,
    },
    { name: 'equals epoch seconds', operator: 'DateEquals', values: '1717243200', matched: true },
    { name: 'equals epoch as number', operator: 'DateEquals', values: 1717243200, matched: true },
    { name: 'not equals', operator: 'DateNotEquals', values: '2024-01-01', matched: true },
    {
      name: 'less than, later bound',
      operator: 'DateLessThan',
      values: '2024-12-31T00:00:00Z',
      matched: true,
    },
    { name: 'less than, equal', operator: 'DateLessThan', values: NOW, matched: false },
    { name: 'less than equals, equal', operator: 'DateLessThanEquals', values: NOW, matched: true },
    {
      name: 'greater than, date only',
      operator: 'DateGreaterThan',
      values: '2024-06-01',
      matched: true,
    },
    {
      name: 'greater than equals, later',
      operator: 'DateGreaterThanEquals',
      values: '2025-01-01',
      matched: false,
    },
  ])('$name', ({ operator, values, matched }) => {
    expect(
      runCondition(operator, 'aws:CurrentTime', values, { 'aws:CurrentTime': NOW }).matched,
    ).toBe(matched)
  })

  it('compares an epoch request value (aws:EpochTime) with an ISO policy value', () => {
    expect(
      runCondition('DateGreaterThan', 'aws:EpochTime', '2024-01-01T00:00:00Z', {
        'aws:EpochTime': 1717243200,
      }).matched,
    ).toBe(true)
  })

  it.each([
    { name: 'words', text: 'next Tuesday' },
    { name: 'impossible day', text: '2021-02-30' },
    { name: 'month 13', text: '2021-13-01' },
    { name: 'empty', text: '' },
  ])('rejects $name', ({ text }) => {
    expect(parseDate(text)).toBeUndefined()
    expect(
      runCondition('DateEquals', 'aws:CurrentTime', text, { 'aws:CurrentTime': NOW }).values[0]!
        .error,
    ).toBe('value.not-a-date')
  })

  it('reads a date without zone as UTC', () => {
    expect(parseDate('2024-06-01T12:00')).toBe(Date.UTC(2024, 5, 1, 12))
  })
})
