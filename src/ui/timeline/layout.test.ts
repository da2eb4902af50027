import { describe, expect, it } from 'vitest'
import type { TimelineEvent } from '../../engine'
import { axisTicks, fraction, layoutBars, layoutMarkers, timelineRange } from './layout'

const T0 = Date.parse('2026-11-29T12:00:00Z') / 1000
const at = (hours: number) => new Date((T0 + hours * 3600) * 1000).toISOString()
const ev = (kind: TimelineEvent['kind'], hours: number): TimelineEvent => ({
  at: at(hours),
  kind,
  actor: 'kubelet',
  detail: '',
})
/** A 24 h token, 1 h credentials issued a minute after it; STS accepts the token 5 min past exp. */
const EVENTS = [
  ev('token.issued', 0),
  ev('theft.token-copied', 0),
  ev('credentials.issued', 1 / 60),
  ev('sdk.refresh', 0.75),
  ev('credentials.expires', 1 + 1 / 60),
  ev('kubelet.refresh', 19.2),
  ev('token.expires', 24),
  ev('token.skew-ends', 24 + 5 / 60),
  ev('theft.token-rejected', 24 + 5 / 60),
  ev('theft.credentials-expire', 25 + 5 / 60),
]

describe('timelineRange', () => {
  it('spans every event with a little room at both ends', () => {
    const range = timelineRange(EVENTS)!
    expect(range.start).toBeLessThan(T0)
    expect(range.end).toBeGreaterThan(T0 + 25 * 3600)
    expect(range.end - range.start).toBeLessThan(26.5 * 3600)
  })

  it('grows to include a cursor past the last event', () => {
    const range = timelineRange(EVENTS, T0 + 40 * 3600)!
    expect(range.end).toBeGreaterThan(T0 + 40 * 3600)
    expect(fraction(T0 + 40 * 3600, range)).toBeGreaterThan(0.95)
  })

  it('nothing to place: no range; one instant: an hour either side', () => {
    expect(timelineRange([])).toBeUndefined()
    expect(timelineRange([], T0)).toEqual({ start: T0 - 3600, end: T0 + 3600 })
  })
})

describe('fraction', () => {
  it('maps the range onto 0…1 and clamps outside it', () => {
    const range = { start: 0, end: 100 }
    expect(fraction(25, range)).toBe(0.25)
    expect(fraction(-5, range)).toBe(0)
    expect(fraction(500, range)).toBe(1)
    expect(fraction(5, { start: 10, end: 10 })).toBe(0)
  })
})

describe('layoutMarkers', () => {
  it('puts each event on its lane, in order along the axis', () => {
    const range = timelineRange(EVENTS)!
    const markers = layoutMarkers(EVENTS, range)
    expect(markers.map((m) => m.lane)).toEqual([
      'token',
      'theft',
      'credentials',
      'credentials',
      'credentials',
      'token',
      'token',
      'token',
      'theft',
      'theft',
    ])
    const positions = markers.map((m) => m.pos)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    // exp of a 24 h token sits at 24/25 of the way to the last event (plus padding).
    const exp = markers.find((m) => m.event.kind === 'token.expires')!
    expect(exp.pos).toBeCloseTo((24 * 3600 - (range.start - T0)) / (range.end - range.start), 6)
  })
})

describe('layoutBars', () => {
  it('draws the token, the first credentials, the clock-skew window and the stolen copy’s phases', () => {
    const range = { start: T0, end: T0 + 26 * 3600 }
    const bars = layoutBars(EVENTS, range)
    expect(bars.map((b) => [b.kind, b.lane])).toEqual([
      ['token-valid', 'token'],
      ['token-skew', 'token'],
      ['credentials-valid', 'credentials'],
      ['theft-works', 'theft'],
      ['theft-skew', 'theft'],
      ['theft-credentials', 'theft'],
    ])
    const skewEnd = (24 + 5 / 60) / 26
    expect(bars[0]).toMatchObject({ from: 0, to: 24 / 26 })
    expect(bars[1]!.from).toBeCloseTo(24 / 26, 9)
    expect(bars[1]!.to).toBeCloseTo(skewEnd, 9)
    expect(bars[4]!.to).toBeCloseTo(skewEnd, 9)
    expect(bars[5]!.from).toBeCloseTo(skewEnd, 9)
  })

  it('skips a span whose ends are missing', () => {
    expect(layoutBars([ev('token.issued', 0)], { start: T0, end: T0 + 3600 })).toEqual([])
  })
})

describe('axisTicks', () => {
  it('round hours since the token was issued, at most 8', () => {
    const ticks = axisTicks({ start: T0 - 1800, end: T0 + 25.5 * 3600 }, T0)
    expect(ticks.map((t) => t.hours)).toEqual([0, 6, 12, 18, 24])
    expect(ticks[0]!.pos).toBeCloseTo(1800 / (26 * 3600), 6)
  })

  it('short spans get finer steps', () => {
    const ticks = axisTicks({ start: T0, end: T0 + 2 * 3600 }, T0)
    expect(ticks.map((t) => t.hours)).toEqual([0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2])
  })
})
