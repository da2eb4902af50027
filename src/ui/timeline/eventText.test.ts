import { describe, expect, it } from 'vitest'
import type { TimelineEvent } from '../../engine'
import { en } from '../../i18n/locales/en'
import { eventText, splitDuration, utc } from './eventText'
import { LANE_OF } from './layout'

const ev = (kind: TimelineEvent['kind'], data?: Record<string, unknown>, assumption?: string) =>
  ({
    at: '2026-11-29T12:00:00.000Z',
    kind,
    actor: 'sdk',
    detail: '',
    ...(data ? { data } : {}),
    ...(assumption ? { assumption } : {}),
  }) as TimelineEvent

describe('eventText', () => {
  it('every kind has a message in the catalogue', () => {
    const kinds = Object.keys(LANE_OF) as TimelineEvent['kind'][]
    for (const kind of kinds) {
      const key = eventText(ev(kind), 'botocore').key
      expect(Object.keys(en.timeline.events).map((k) => `timeline.events.${k}`)).toContain(key)
    }
    expect(Object.keys(en.timeline.events)).toHaveLength(kinds.length)
  })

  it('reads the engine’s data: token generation, refresh window, assumption by SDK', () => {
    const text = eventText(
      ev('sdk.refresh', { tokenGeneration: 1, windowSeconds: 300 }, 'assumed'),
      'java-v2',
    )
    // Counted from 1 for people: generation 1 is the second token.
    expect(text.values).toEqual({ sdk: 'java-v2', token: 2 })
    expect(text.durations).toEqual({ window: 300 })
    expect(text.assumptionKey).toBe('timeline.assumptions.java-v2')
    expect(en.timeline.assumptions['java-v2']).toBeTruthy()
  })

  it('botocore’s mandatory point is 10 min before expiry', () => {
    expect(eventText(ev('sdk.refresh-mandatory'), 'botocore').durations).toEqual({ window: 600 })
  })

  it('formats durations and instants', () => {
    expect(splitDuration(86400)).toEqual({ hours: 24, minutes: 0 })
    expect(splitDuration(2700)).toEqual({ hours: 0, minutes: 45 })
    expect(utc('2026-11-30T07:12:00Z')).toBe('2026-11-30 07:12 UTC')
    expect(utc('nope')).toBe('')
  })
})
