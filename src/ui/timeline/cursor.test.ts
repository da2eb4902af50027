import { describe, expect, it } from 'vitest'
import type { TimelineEvent } from '../../engine'
import { nextEvent, nowFromSlider, previousEvent, shiftNow, sliderValue } from './cursor'

const ev = (at: string, kind: TimelineEvent['kind']): TimelineEvent => ({
  at,
  kind,
  actor: 'kubelet',
  detail: '',
})
const EVENTS = [
  ev('2026-11-29T12:00:00.000Z', 'token.issued'),
  ev('2026-11-30T07:12:00.000Z', 'kubelet.refresh'),
  ev('2026-11-30T12:00:00.000Z', 'token.expires'),
]

describe('moving the cursor', () => {
  it('+10 min, +1 h, +6 h', () => {
    const now = '2026-11-29T12:01:00.000Z'
    expect(shiftNow(now, 600)).toBe('2026-11-29T12:11:00.000Z')
    expect(shiftNow(now, 3600)).toBe('2026-11-29T13:01:00.000Z')
    expect(shiftNow(now, 6 * 3600)).toBe('2026-11-29T18:01:00.000Z')
  })

  it('to the next event strictly after the cursor, and back', () => {
    expect(nextEvent(EVENTS, '2026-11-29T12:01:00Z')?.kind).toBe('kubelet.refresh')
    // Standing on an event, "next" goes on to the following one.
    expect(nextEvent(EVENTS, '2026-11-30T07:12:00Z')?.kind).toBe('token.expires')
    expect(nextEvent(EVENTS, '2026-12-01T00:00:00Z')).toBeUndefined()
    expect(previousEvent(EVENTS, '2026-11-30T12:00:00Z')?.kind).toBe('kubelet.refresh')
    expect(previousEvent(EVENTS, '2026-11-29T12:00:00Z')).toBeUndefined()
  })

  it('the slider works in whole minutes, both ways', () => {
    const value = sliderValue('2026-11-29T12:01:20Z')
    expect(nowFromSlider(value)).toBe('2026-11-29T12:01:00.000Z')
    expect(nowFromSlider(value + 60)).toBe('2026-11-29T13:01:00.000Z')
  })
})
