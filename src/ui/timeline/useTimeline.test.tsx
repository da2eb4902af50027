// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { IrsaTrace, Scenario } from '../../engine'
import type { ScenarioDraft } from '../../scenarios/draft'
import { useTimeline } from './useTimeline'

afterEach(cleanup)

const ISSUED_AT = Date.parse('2026-11-29T12:00:00Z') / 1000
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
/** A projected service-account token's text (the timeline reads its times, not its signature). */
const token = (lifetime: number) =>
  [
    base64url({ alg: 'RS256', kid: 'k' }),
    base64url({ sub: 'system:serviceaccount:app:sa', iat: ISSUED_AT, exp: ISSUED_AT + lifetime }),
    'c2lnbmF0dXJl',
  ].join('.')

/** What the timeline reads of a scenario, and a trust policy that a keystroke changes. */
const scenarioWith = (tokenText: string, trustPolicy: string) =>
  ({
    token: tokenText,
    request: { durationSeconds: 3600 },
    aws: { roles: [{ name: 'r', trustPolicy }] },
  }) as unknown as Scenario

const trace: IrsaTrace = { outcome: 'denied', steps: [], findings: [], now: '2026-11-29T12:10:00Z' }
const draft = { now: '2026-11-29T12:10:00Z' } as ScenarioDraft

describe('useTimeline', () => {
  it('keeps every laid-out part when a run changes nothing on the clock, and lays out anew when it does', () => {
    // Given the timeline of a scenario with a one-day token
    const scenario = scenarioWith(token(86_400), '{"Statement":[]}')
    const { result, rerender } = renderHook(
      (p: { scenario: Scenario; draft: ScenarioDraft }) =>
        useTimeline('botocore', p.draft, trace, p.scenario),
      { initialProps: { scenario, draft } },
    )
    const first = result.current
    expect(first.events.length).toBeGreaterThan(1)
    expect(first.markers.length).toBeGreaterThan(1)
    // When the next run comes from a keystroke in the trust policy: a new scenario and draft, the
    // same trace (the store keeps an equal result's object)
    rerender({ scenario: scenarioWith(token(86_400), '{"Statement":[]} '), draft: { ...draft } })
    // Then the events and everything laid out from them are the very same objects: the clock's
    // parts, memoized on them, do not render again
    const typed = result.current
    for (const part of ['events', 'findings', 'range', 'markers', 'bars', 'ticks'] as const)
      expect(typed[part], part).toBe(first[part])
    // When the clock moves, the cursor follows and the events stay
    rerender({ scenario, draft: { ...draft, now: '2026-11-29T18:00:00Z' } })
    expect(result.current.events).toBe(first.events)
    expect(result.current.cursor).toBeGreaterThan(first.cursor)
    // When the token changes (a one-hour token), its events are laid out anew
    rerender({ scenario: scenarioWith(token(3600), '{"Statement":[]}'), draft })
    expect(result.current.events).not.toEqual(first.events)
    expect(result.current.markers).not.toBe(first.markers)
  })
})
