import { describe, expect, it } from 'vitest'
import type { TimelineEvent } from '../../engine'
import { skewWindow } from './skew'

const EXP = Date.parse('2026-11-30T12:00:00Z') / 1000
const ev = (kind: TimelineEvent['kind'], seconds: number): TimelineEvent => ({
  at: new Date(seconds * 1000).toISOString(),
  kind,
  actor: 'sts',
  detail: '',
})
const EVENTS = [ev('token.expires', EXP), ev('token.skew-ends', EXP + 300)]

describe(skewWindow, () => {
  it.each([
    { label: -1, now: EXP - 1, inside: false, past: false },
    { label: 0, now: EXP, inside: true, past: false },
    { label: 300, now: EXP + 300, inside: true, past: false },
    { label: 301, now: EXP + 301, inside: false, past: true },
  ])('now = exp + $label s: inside $inside, past $past', ({ now, inside, past }) => {
    expect(skewWindow(EVENTS, now)).toEqual({ exp: EXP, until: EXP + 300, inside, past })
  })

  it('no window without both events', () => {
    expect(skewWindow([ev('token.expires', EXP)], EXP)).toBeUndefined()
  })
})
