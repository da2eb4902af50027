import { describe, expect, it } from 'vitest'
import type { Trace } from '../../engine'
import { draftFromScenario } from '../../scenarios/draft'
import { nextAnchor, scenarioKey } from './anchor'

const issued: Trace = { outcome: 'issued', steps: [], findings: [], now: '2026-11-29T12:01:00Z' }
const later: Trace = { ...issued, now: '2026-11-29T13:01:00Z' }
const expired: Trace = { outcome: 'denied', steps: [], findings: [] }
const draft = draftFromScenario({
  version: 1,
  now: '2026-11-29T12:01:00Z',
  cluster: { issuer: 'https://example', jwks: { keys: [] } },
  serviceAccount: 'kind: ServiceAccount',
  token: 'a.b.c',
  aws: { accountId: '123456789012', oidcProviders: [], roles: [] },
})

describe('the credentials the timeline shows', () => {
  it('moving the clock keeps the first run that issued credentials, even past exp', () => {
    const key = scenarioKey(draft)
    expect(scenarioKey({ ...draft, now: '2027-01-01T00:00:00Z' })).toBe(key)
    const first = nextAnchor(undefined, key, issued)
    expect(first?.trace).toBe(issued)
    expect(nextAnchor(first, key, later)).toBe(first)
    expect(nextAnchor(first, key, expired)).toBe(first)
  })

  it('any other edit starts over: the new run if it issued, else none', () => {
    const first = nextAnchor(undefined, scenarioKey(draft), issued)
    const edited = scenarioKey({ ...draft, trustPolicy: '{}' })
    expect(nextAnchor(first, edited, expired)).toBeUndefined()
    expect(nextAnchor(first, edited, later)?.trace).toBe(later)
  })
})
