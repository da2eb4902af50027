import { describe, expect, it } from 'vitest'
import { failureKey, kindKey, packetLabel, truncateMiddle } from './copy'
import { step } from './testSteps'

const known = new Set([
  'flow.kinds.sts.audience.title',
  'flow.failure.kinds.sts.audience.why',
  'flow.packets.sts.call',
])
const exists = (key: string) => known.has(key)

describe('catalogue keys', () => {
  it('finds a kind’s narration and falls back for an unknown kind', () => {
    expect(kindKey('sts.audience', exists)).toBe('flow.kinds.sts.audience')
    expect(kindKey('sts.new-check', exists)).toBe('flow.kinds.unknown')
    expect(failureKey('sts.audience', exists)).toBe('flow.failure.kinds.sts.audience')
    expect(failureKey('jwt.new', exists)).toBe('flow.failure.kinds.unknown')
  })

  it('labels the API call’s packet with its action, others from the catalogue', () => {
    expect(
      packetLabel(step('api.call', { kind: 'api.call', data: { action: 's3:PutObject' } }), exists),
    ).toEqual({ text: 'PutObject' })
    expect(packetLabel(step('sts.request', { kind: 'sts.call' }), exists)).toEqual({
      key: 'flow.packets.sts.call',
    })
    expect(packetLabel(step('x', { kind: 'x.y' }), exists)).toBeUndefined()
  })
})

describe(truncateMiddle, () => {
  it('keeps short text and cuts long text in the middle to the limit', () => {
    expect(truncateMiddle('short', 10)).toBe('short')
    const cut = truncateMiddle('system:serviceaccount:example:example-sa', 20)
    expect(cut).toHaveLength(20)
    expect(cut.startsWith('system:serv')).toBe(true)
    expect(cut.endsWith('ple-sa')).toBe(true)
  })
})
