import { describe, expect, it } from 'vitest'
import { runCondition } from './testing'

describe('Bool', () => {
  it.each([
    { name: 'true = true', values: 'true', actual: 'true', matched: true },
    { name: 'boolean JSON value', values: true, actual: true, matched: true },
    { name: 'case-insensitive', values: 'TRUE', actual: 'true', matched: true },
    { name: 'true ≠ false', values: 'true', actual: 'false', matched: false },
    { name: 'request value not a boolean', values: 'true', actual: 'yes', matched: false },
  ])('$name', ({ values, actual, matched }) => {
    expect(
      runCondition('Bool', 'aws:SecureTransport', values, { 'aws:SecureTransport': actual })
        .matched,
    ).toBe(matched)
  })

  it('absent key: Bool false, BoolIfExists true', () => {
    expect(runCondition('Bool', 'aws:SecureTransport', 'false', {}).reason).toBe('key-absent')
    expect(runCondition('BoolIfExists', 'aws:SecureTransport', 'false', {}).reason).toBe(
      'absent-ifexists',
    )
  })

  it('reports a policy value that is not a boolean', () => {
    expect(
      runCondition('Bool', 'aws:SecureTransport', 'maybe', { 'aws:SecureTransport': 'true' })
        .values[0]!.error,
    ).toBe('value.not-a-boolean')
  })
})

describe('BinaryEquals', () => {
  it.each([
    { name: 'same base-64', values: 'QmluYXJ5VmFsdWU=', actual: 'QmluYXJ5VmFsdWU=', matched: true },
    { name: 'other base-64', values: 'QmluYXJ5VmFsdWU=', actual: 'T3RoZXI=', matched: false },
  ])('$name', ({ values, actual, matched }) => {
    expect(runCondition('BinaryEquals', 'k:bin', values, { 'k:bin': actual }).matched).toBe(matched)
  })

  it('reports a policy value that is not base-64', () => {
    expect(
      runCondition('BinaryEquals', 'k:bin', 'not base64!', { 'k:bin': 'x' }).values[0]!.error,
    ).toBe('value.not-base64')
  })
})
