import { describe, expect, it } from 'vitest'
import { en } from '../../i18n/locales/en'
import { ko } from '../../i18n/locales/ko'
import { TOUR_STOPS } from './stops'

const catalogues = { en, ko }

describe('the tour data', () => {
  it('has the seven stops of the story, in order', () => {
    expect(TOUR_STOPS.map((s) => s.id)).toEqual([
      'iam-user',
      'iam-role',
      'service-account',
      'signature',
      'webhook',
      'trust-policy',
      's3-upload',
    ])
  })

  it.each(Object.entries(catalogues))('has every word of every stop in %s', (_, catalogue) => {
    for (const stop of TOUR_STOPS) {
      const text = catalogue.tour.stops[stop.id] as Record<string, string>
      const expected = [
        'title',
        'task',
        'success',
        ...Array.from({ length: stop.paragraphs }, (_, i) => `p${i + 1}`),
      ]
      expect(Object.keys(text).sort(), stop.id).toEqual(expected.sort())
      for (const key of expected) expect(text[key]?.trim(), `${stop.id}.${key}`).toBeTruthy()
    }
  })

  it('gives every stop 2–4 paragraphs and an interactive task with a way to check it', () => {
    for (const stop of TOUR_STOPS) {
      expect(stop.paragraphs).toBeGreaterThanOrEqual(2)
      expect(stop.paragraphs).toBeLessThanOrEqual(4)
      // A stop is checked on the trace, or is a self-contained exercise that reports itself.
      expect(stop.check !== undefined || stop.widget !== undefined, stop.id).toBe(true)
      if (stop.check) expect(stop.demo, stop.id).toBeDefined()
    }
  })
})
