import { describe, expect, it } from 'vitest'
import { runCondition } from './testing'

describe('Numeric operators', () => {
  it.each([
    { name: 'equals', operator: 'NumericEquals', values: '10', actual: '10', matched: true },
    {
      name: 'equals decimal',
      operator: 'NumericEquals',
      values: '10.0',
      actual: '10',
      matched: true,
    },
    {
      name: 'equals number value',
      operator: 'NumericEquals',
      values: 10,
      actual: 10,
      matched: true,
    },
    { name: 'not equals', operator: 'NumericNotEquals', values: '10', actual: '11', matched: true },
    {
      name: 'not equals, same',
      operator: 'NumericNotEquals',
      values: '10',
      actual: '10',
      matched: false,
    },
    { name: 'less than', operator: 'NumericLessThan', values: '10', actual: '9', matched: true },
    {
      name: 'less than, equal',
      operator: 'NumericLessThan',
      values: '10',
      actual: '10',
      matched: false,
    },
    {
      name: 'less than equals',
      operator: 'NumericLessThanEquals',
      values: '10',
      actual: '10',
      matched: true,
    },
    {
      name: 'greater than',
      operator: 'NumericGreaterThan',
      values: '10',
      actual: '10.5',
      matched: true,
    },
    {
      name: 'greater than equals',
      operator: 'NumericGreaterThanEquals',
      values: '10',
      actual: '9',
      matched: false,
    },
    {
      name: 'negative numbers',
      operator: 'NumericLessThan',
      values: '-1',
      actual: '-2',
      matched: true,
    },
    {
      name: 'request value not a number',
      operator: 'NumericEquals',
      values: '10',
      actual: 'ten',
      matched: false,
    },
  ])('$name', ({ operator, values, actual, matched }) => {
    expect(runCondition(operator, 's3:max-keys', values, { 's3:max-keys': actual }).matched).toBe(
      matched,
    )
  })

  it('reports a policy value that is not a number', () => {
    const trace = runCondition('NumericEquals', 's3:max-keys', 'ten', { 's3:max-keys': '10' })
    expect(trace.values[0]!.error).toBe('value.not-a-number')
    expect(trace.matched).toBe(false)
  })

  it('does not substitute policy variables', () => {
    const trace = runCondition('NumericEquals', 'k:n', '${k:m}', { 'k:n': '1', 'k:m': '1' })
    expect(trace.values[0]!.error).toBe('value.not-a-number')
  })
})
