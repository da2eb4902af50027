import { describe, expect, it } from 'vitest'
import { defineFindings } from './finding'

const registry = defineFindings({
  'demo.plain': { severity: 'warning' },
  'demo.claim': { severity: 'error', data: ['claim'] },
  'demo.provider': {
    severity: 'error',
    variants: { account: ['account', 'issuer'], otherAccount: ['account', 'listed'] },
  },
})

describe(defineFindings, () => {
  it('makes a finding with the code’s severity and no data when the code declares none', () => {
    expect(registry.make('demo.plain', 'Plain.', 'token', { pointer: '/a' })).toEqual({
      code: 'demo.plain',
      severity: 'warning',
      message: 'Plain.',
      source: 'token',
      pointer: '/a',
    })
  })

  it('carries the values a code declares as data, next to its code', () => {
    const finding = registry.make('demo.claim', 'No exp.', 'token', { data: { claim: 'exp' } })
    expect(finding).toMatchObject({ code: 'demo.claim', data: { claim: 'exp' } })
  })

  it('names the sentence of a code with several in data.variant', () => {
    const finding = registry.make('demo.provider', 'Other account.', 'oidcProvider', {
      data: { variant: 'otherAccount', account: '111122223333', listed: '444455556666' },
    })
    expect(finding.data).toEqual({
      variant: 'otherAccount',
      account: '111122223333',
      listed: '444455556666',
    })
  })

  it('refuses at compile time a finding without the values its code declares', () => {
    // @ts-expect-error: 'demo.claim' declares data: ['claim']
    registry.make('demo.claim', 'No exp.', 'token')
    const mixed = { variant: 'account', account: '1', listed: '2' } as const
    // @ts-expect-error: 'listed' belongs to the other variant
    registry.make('demo.provider', 'x', 'token', { data: mixed })
    expect(registry.definitions['demo.claim'].data).toEqual(['claim'])
  })
})
