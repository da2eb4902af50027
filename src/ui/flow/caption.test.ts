import { describe, expect, it } from 'vitest'
import { captionLines } from './caption'
import { step } from './testSteps'

const t = (key: string) => `[${key}]`
const exists = (key: string) => !key.includes('unknown-kind')

const audience = step('sts.audience', {
  kind: 'sts.audience',
  status: 'fail',
  data: { audiences: ['other'], clientIds: ['sts.amazonaws.com'] },
})

describe(captionLines, () => {
  it('in landscape, puts the token’s value against the provider’s on one line', () => {
    expect(captionLines(audience, t, exists, false)).toEqual([
      '✘ [flow.kinds.sts.audience.title]',
      '[flow.facts.tokenAud]: other  ⇔  [flow.facts.clientIds]: sts.amazonaws.com ✘',
    ])
  })

  it('upright, gives each side its own line', () => {
    expect(captionLines(audience, t, exists, true)).toEqual([
      '✘ [flow.kinds.sts.audience.title]',
      '[flow.facts.tokenAud]: other',
      '[flow.facts.clientIds]: sts.amazonaws.com ✘',
    ])
  })

  it('has only the title for a step without facts, with a generic title for an unknown kind', () => {
    expect(
      captionLines(step('x', { kind: 'unknown-kind', status: 'info' }), t, exists, false),
    ).toEqual(['ℹ [flow.kinds.unknown.title]'])
  })

  it('cuts long values to the band', () => {
    const long = step('sts.request', { kind: 'sts.call', data: { endpoint: 'x'.repeat(200) } })
    for (const line of captionLines(long, t, exists, true))
      expect(line.length).toBeLessThanOrEqual(46)
  })
})
