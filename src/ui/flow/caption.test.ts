import { describe, expect, it } from 'vitest'
import { captionLines, fitValue } from './caption'
import { irsaStep } from './testSteps'

const t = (key: string) => `[${key}]`
const exists = (key: string) => !key.includes('unknown-kind') && !/(Fail|Info)$/.test(key)

const audience = irsaStep('sts.audience', {
  status: 'fail',
  data: { audiences: ['other'], clientIds: ['sts.amazonaws.com'] },
})

describe(captionLines, () => {
  it('gives each compared value a labelled line, aligned, the verdict after the second', () => {
    const lines = captionLines(audience, t, exists, false).map((l) => l.text)
    expect(lines).toEqual([
      '✘ [flow.kinds.sts.audience.title]',
      '[flow.facts.tokenAud]:  other',
      '[flow.facts.clientIds]: sts.amazonaws.com ✘ [flow.facts.verdicts.mismatches]',
    ])
  })

  it('marks the first difference at the same column on both lines', () => {
    const condition = irsaStep('trust.condition', {
      id: 'trust.condition.0.0',
      status: 'fail',
      data: {
        operator: 'StringEquals',
        key: 'issuer:sub',
        requestValues: ['system:serviceaccount:prod:sa'],
        values: [{ value: 'system:serviceaccount:example:sa' }],
      },
    })
    const [, left, right] = captionLines(condition, t, exists, false)
    expect(left?.markAt).toBe(right?.markAt)
    expect(left?.text[left.markAt!]).toBe('p')
    expect(right?.text[right.markAt!]).toBe('e')
  })

  it('has only the title for a step without facts, with a generic title for an unknown kind', () => {
    expect(
      captionLines(
        irsaStep('iam.role', { kind: 'unknown-kind', status: 'info' }),
        t,
        exists,
        false,
      ),
    ).toEqual([{ text: 'ℹ [flow.kinds.unknown.title]' }])
  })

  it('cuts long values to the band', () => {
    const long = irsaStep('sts.request', { data: { endpoint: 'x'.repeat(200) } })
    for (const line of captionLines(long, t, exists, true))
      expect(line.text.length).toBeLessThanOrEqual(46)
  })
})

describe(fitValue, () => {
  it('keeps a value that fits, and otherwise its end, never eliding the middle', () => {
    expect(fitValue('abcdef', 10)).toEqual({ text: 'abcdef' })
    expect(fitValue('abcdefghij', 6)).toEqual({ text: '…fghij' })
  })

  it('keeps the marked character in view', () => {
    expect(fitValue('abcdefghij', 6, 1)).toEqual({ text: 'abcde…', at: 1 })
    const cut = fitValue('abcdefghijklmnopqrst', 8, 9)
    expect(cut.text.length).toBeLessThanOrEqual(8)
    expect(cut.text[cut.at!]).toBe('j')
  })
})
