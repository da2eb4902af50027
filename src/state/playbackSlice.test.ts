import { describe, expect, it } from 'vitest'
import type { Step } from '../engine'
import { flowEnd } from './playbackSlice'

const s = (kind: string, status: Step['status']): Step => ({
  id: kind,
  kind,
  actor: 'sts',
  status,
  title: kind,
  refs: [],
})

describe(flowEnd, () => {
  it('is the last step when nothing fails', () => {
    expect(flowEnd([s('a', 'pass'), s('b', 'info')])).toBe(1)
    expect(flowEnd([])).toBe(0)
  })

  it('is the failing step: the steps after it were skipped', () => {
    expect(flowEnd([s('a', 'pass'), s('sts.audience', 'fail'), s('c', 'skip')])).toBe(1)
  })

  it('goes past a trust statement or condition that fails, to the trust decision', () => {
    const steps = [
      s('trust.statement', 'fail'),
      s('trust.condition', 'fail'),
      s('trust.statement', 'pass'),
      s('trust.decision', 'pass'),
      s('sts.credentials', 'pass'),
    ]
    expect(flowEnd(steps)).toBe(4)
    expect(flowEnd([...steps.slice(0, 2), s('trust.decision', 'fail'), s('x', 'skip')])).toBe(2)
  })
})
