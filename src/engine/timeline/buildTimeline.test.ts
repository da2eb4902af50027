import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Scenario, Trace } from '../types'
import { buildTimeline, buildTimelineWithFindings } from './buildTimeline'

const IAT = Date.parse('2026-11-29T12:00:00Z') / 1000
const b64 = (o: object) =>
  btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')
/** An (unsigned) token with the given lifetime: the timeline reads claims only. */
const token = (ttl: number) =>
  `${b64({ alg: 'RS256' })}.${b64({ iat: IAT, exp: IAT + ttl, sub: 'system:serviceaccount:example:example-sa' })}.c2ln`
const scenario = (ttl: number, durationSeconds?: number) =>
  ({
    version: 1,
    token: token(ttl),
    ...(durationSeconds ? { request: { durationSeconds } } : {}),
  }) as Scenario
const at = (offset: number) => new Date((IAT + offset) * 1000).toISOString()
/** An IRSA trace that issued credentials at iat + 60 s for `duration` seconds. */
const issued = (duration = 3600): Trace => ({
  outcome: 'issued',
  steps: [],
  findings: [],
  now: at(60),
  response: {
    Credentials: {
      AccessKeyId: 'ASIA',
      SecretAccessKey: 's',
      SessionToken: 't',
      Expiration: at(60 + duration).replace(/\.\d{3}Z$/, '+00:00'),
    },
    SubjectFromWebIdentityToken: 'x',
    AssumedRoleUser: { AssumedRoleId: 'a', Arn: 'b' },
    Provider: 'p',
    Audience: 'sts.amazonaws.com',
  },
})
const first = (events: ReturnType<typeof buildTimeline>, kind: string) =>
  events.find((e) => e.kind === kind)

describe('buildTimeline: the kubelet refreshes at 80 % of the lifetime or 24 h', () => {
  it.each([
    { name: '24 h token: 19.2 h', ttl: 86400, refresh: 69120 },
    { name: '1 h token: 48 min', ttl: 3600, refresh: 2880 },
    { name: '10 min token: 8 min', ttl: 600, refresh: 480 },
    { name: '48 h token: capped at 24 h', ttl: 172800, refresh: 86400 },
  ])('$name', ({ ttl, refresh }) => {
    const events = buildTimeline(scenario(ttl), issued())
    expect(first(events, 'token.issued')?.at).toBe(at(0))
    expect(first(events, 'kubelet.refresh')?.at).toBe(at(refresh))
    expect(first(events, 'token.expires')?.at).toBe(at(ttl))
    const refreshes = events
      .filter((e) => e.kind === 'kubelet.refresh')
      .map((e) => Date.parse(e.at) / 1000 - IAT)
    refreshes.forEach((r, i) => expect(r).toBeCloseTo(refresh * (i + 1), 3))
  })
})

describe('buildTimeline: the SDK refreshes credentials before they expire', () => {
  it.each([
    {
      name: 'botocore, 1 h: 45 min',
      sdk: 'botocore' as const,
      duration: 3600,
      refresh: 2700,
      assumed: false,
    },
    {
      name: 'botocore, 12 h: 11 h 45',
      sdk: 'botocore' as const,
      duration: 43200,
      refresh: 42300,
      assumed: false,
    },
    {
      name: 'JS v3, 1 h: 55 min',
      sdk: 'js-v3' as const,
      duration: 3600,
      refresh: 3300,
      assumed: false,
    },
    {
      name: 'Java v2, 1 h: 55 min (assumed)',
      sdk: 'java-v2' as const,
      duration: 3600,
      refresh: 3300,
      assumed: true,
    },
    {
      name: 'Go v2, 1 h: at expiry (assumed)',
      sdk: 'go-v2' as const,
      duration: 3600,
      refresh: 3600,
      assumed: true,
    },
  ])('$name', ({ sdk, duration, refresh, assumed }) => {
    const events = buildTimeline(scenario(86400, duration), issued(duration), { sdk })
    const sdkEvents = events.filter((e) => e.kind === 'sdk.refresh')
    expect(sdkEvents[0]?.at).toBe(at(60 + refresh))
    expect(sdkEvents[1]?.at).toBe(at(60 + 2 * refresh))
    expect(sdkEvents[0]!.assumption !== undefined).toBe(assumed)
    expect(first(events, 'credentials.expires')?.at).toBe(at(60 + duration))
  })

  it('botocore marks the mandatory window 10 min before expiry', () => {
    const events = buildTimeline(scenario(86400), issued(3600))
    expect(first(events, 'sdk.refresh-mandatory')?.at).toBe(at(60 + 3000))
  })

  it('each refresh re-reads the token the kubelet wrote last', () => {
    const events = buildTimeline(scenario(3600), issued(3600))
    const late = events
      .filter((e) => e.kind === 'sdk.refresh')
      .find((e) => Date.parse(e.at) / 1000 - IAT > 2880)
    expect(late?.data?.tokenGeneration).toBeGreaterThanOrEqual(1)
  })
})

describe('buildTimeline: the stolen token', () => {
  // IAM User Guide, OIDC federation: STS accepts a token up to five minutes after its exp.
  it('works until exp + 5 min (the clock skew), and its credentials DurationSeconds beyond', () => {
    const events = buildTimeline(scenario(86400, 3600), issued(3600))
    expect(first(events, 'theft.token-copied')?.at).toBe(at(0))
    expect(first(events, 'theft.token-rejected')?.at).toBe(at(86400 + 300))
    expect(first(events, 'theft.token-rejected')?.data).toMatchObject({ skewSeconds: 300 })
    expect(first(events, 'theft.credentials-expire')?.at).toBe(at(86400 + 300 + 3600))
  })

  it.each([
    { ttl: 86400, expires: 86400 },
    { ttl: 3600, expires: 3600 },
  ])(
    'shows the skew window: token.expires at exp, token.skew-ends at exp + 300 ($ttl s token)',
    ({ ttl, expires }) => {
      const events = buildTimeline(scenario(ttl), issued())
      expect(first(events, 'token.expires')?.at).toBe(at(expires))
      expect(first(events, 'token.skew-ends')).toMatchObject({
        at: at(expires + 300),
        actor: 'sts',
        data: { skewSeconds: 300 },
      })
      const kinds = events.map((e) => e.kind)
      expect(kinds.indexOf('token.expires')).toBeLessThan(kinds.indexOf('token.skew-ends'))
    },
  )

  it('with Pod Identity the copy alone buys nothing (stated as an assumption)', () => {
    const trace = {
      outcome: 'issued',
      steps: [],
      findings: [],
      now: at(60),
      agentResponse: { Expiration: at(60 + 21600) },
    } as unknown as Trace
    const events = buildTimeline(scenario(86400), trace)
    expect(first(events, 'theft.token-copied')?.assumption).toBeDefined()
    expect(first(events, 'theft.token-rejected')).toBeUndefined()
    expect(first(events, 'sdk.refresh')?.at).toBe(at(60 + 21600 - 900))
  })
})

describe('buildTimeline: shape', () => {
  it('is sorted and deterministic', () => {
    const a = buildTimeline(scenario(86400), issued())
    expect(a).toEqual(buildTimeline(scenario(86400), issued()))
    expect(
      [...a].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0)).map((e) => e.at),
    ).toEqual(a.map((e) => e.at))
  })

  it.each([
    {
      name: 'a denied trace: no credential events',
      s: scenario(86400),
      t: { outcome: 'denied', steps: [], findings: [] } as Trace,
      code: 'timeline.credentials.none',
    },
    {
      name: 'a token without times',
      s: { version: 1, token: 'x' } as Scenario,
      t: issued(),
      code: 'timeline.token.no-times',
    },
  ])('$name', ({ s, t, code }) => {
    const { events, findings } = buildTimelineWithFindings(s, t)
    expect(findings.map((f) => f.code)).toContain(code)
    if (code === 'timeline.credentials.none')
      expect(events.some((e) => e.kind.startsWith('credentials'))).toBe(false)
  })

  it('never throws on any scenario, trace or options', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), (s, t, o) => {
        const events = buildTimeline(s as never, t as never, o as never)
        return Array.isArray(events)
      }),
    )
  })
})
