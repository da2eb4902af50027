/**
 * buildTimeline(): what the simulated clock shows after a run (issue #7 "Simulated clock"):
 * the projected token's life and the kubelet's refreshes (spec §1.3), the SDK refreshing
 * credentials before they expire, each refresh re-reading the current token file and calling STS
 * again (§7), and the stolen-token view (§9 #9). Pure and deterministic; never throws.
 *
 * STS accepts a token for five more minutes after its exp (the clock skew of the IAM User Guide's
 * "OIDC federation" page, sts/timeClaims.ts): the window ends at `token.skew-ends`, and a stolen
 * copy is refused only from then on.
 */
import { decodeToken } from '../jwt'
import { CLOCK_SKEW_SECONDS } from '../sts/timeClaims'
import { STS_LIMITS } from '../constants'
import type { Finding, Scenario, Trace } from '../types'
import { TIMELINE_FINDINGS } from './findings'
import { kubeletRefreshAge, REFRESH_WINDOWS, type SdkName } from './refreshWindows'
import type { TimelineEvent, TimelineEventKind } from './types'

/** At most this many events per repeating series (kubelet, SDK). */
export const MAX_SERIES_EVENTS = 200

/** Options of {@link buildTimeline}. */
export interface TimelineOptions {
  /** Whose refresh window to show; default 'botocore' (the AWS CLI, boto3). */
  sdk?: SdkName
}

const KIND_ORDER: TimelineEventKind[] = [
  'token.issued',
  'theft.token-copied',
  'credentials.issued',
  'kubelet.refresh',
  'sdk.refresh',
  'sdk.refresh-mandatory',
  'credentials.expires',
  'token.expires',
  'token.skew-ends',
  'theft.token-rejected',
  'theft.credentials-expire',
]

const iso = (seconds: number) => new Date(Math.round(seconds * 1000)).toISOString()
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)
const seconds = (text: unknown) => {
  const ms = typeof text === 'string' ? Date.parse(text) : NaN
  return Number.isNaN(ms) ? undefined : ms / 1000
}

/** The credentials a trace issued: IRSA's STS response or Pod Identity's agent response. */
function issuedCredentials(
  trace: Trace,
): { issued: number; expires: number; podIdentity: boolean } | undefined {
  const t = trace as Trace & { agentResponse?: { Expiration?: unknown } }
  const expiration = t.response?.Credentials?.Expiration ?? t.agentResponse?.Expiration
  const expires = seconds(expiration)
  const issued = seconds(t.now)
  if (t.outcome !== 'issued' || expires === undefined || issued === undefined || expires <= issued)
    return undefined
  return { issued, expires, podIdentity: t.agentResponse !== undefined }
}

/** The events and what kept some from being shown. */
export function buildTimelineWithFindings(
  scenario: Scenario,
  trace: Trace,
  options: TimelineOptions = {},
): { events: TimelineEvent[]; findings: Finding[] } {
  const events: TimelineEvent[] = []
  const findings: Finding[] = []
  try {
    const sdk: SdkName =
      options?.sdk && Object.hasOwn(REFRESH_WINDOWS, options.sdk) ? options.sdk : 'botocore'
    const payload =
      decodeToken(typeof scenario?.token === 'string' ? scenario.token : '').payload ?? {}
    const iat = num(payload.iat)
    const exp = num(payload.exp)
    const credentials = trace && typeof trace === 'object' ? issuedCredentials(trace) : undefined
    const requested = num(scenario?.request?.durationSeconds) ?? STS_LIMITS.defaultDurationSeconds
    const duration = credentials ? credentials.expires - credentials.issued : requested
    // Everything up to the last moment a thief's credentials work.
    const horizon = Math.max(
      exp !== undefined ? exp + CLOCK_SKEW_SECONDS + duration : -Infinity,
      credentials?.expires ?? -Infinity,
    )

    // --- The token and the kubelet ------------------------------------------------------------
    const refreshes: number[] = []
    if (iat === undefined || exp === undefined || exp <= iat) {
      findings.push(
        TIMELINE_FINDINGS.make(
          'timeline.token.no-times',
          'The token has no usable iat and exp.',
          'token',
          { pointer: '/payload' },
        ),
      )
    } else {
      const ttl = exp - iat
      const every = kubeletRefreshAge(ttl)
      events.push({
        at: iso(iat),
        kind: 'token.issued',
        actor: 'kubelet',
        detail: `Token issued, valid ${ttl} s.`,
        data: { generation: 0, ttl },
      })
      for (let at = iat + every, n = 1; at <= horizon; at += every, n++) {
        if (n > MAX_SERIES_EVENTS) {
          findings.push(
            TIMELINE_FINDINGS.make('timeline.events.truncated', 'Kubelet refreshes cut.', 'token', {
              pointer: '/payload/exp',
            }),
          )
          break
        }
        refreshes.push(at)
        events.push({
          at: iso(at),
          kind: 'kubelet.refresh',
          actor: 'kubelet',
          detail: `The kubelet writes token ${n} (valid until ${iso(at + ttl)}).`,
          data: { generation: n, ageSeconds: every, expires: iso(at + ttl) },
        })
      }
      events.push({
        at: iso(exp),
        kind: 'token.expires',
        actor: 'kubelet',
        detail: 'The first token expires; the pod has long read a fresher one.',
        data: { generation: 0 },
      })
      events.push({
        at: iso(exp + CLOCK_SKEW_SECONDS),
        kind: 'token.skew-ends',
        actor: 'sts',
        detail: `STS accepts the token for ${CLOCK_SKEW_SECONDS} s after exp (clock skew); from now on it answers ExpiredTokenException.`,
        data: { generation: 0, skewSeconds: CLOCK_SKEW_SECONDS },
      })

      // --- The stolen copy (spec §9 #9) ----------------------------------------------------------
      if (credentials?.podIdentity) {
        events.push({
          at: iso(iat),
          kind: 'theft.token-copied',
          actor: 'pod',
          detail:
            'A copy of the token is taken. EKS Auth only accepts it in the node’s signed call, so the copy alone buys nothing.',
          assumption:
            'EKS Auth is called with the node role’s signed request (eks-auth:AssumeRoleForPodIdentity); a token alone is not enough.',
        })
      } else {
        events.push({
          at: iso(iat),
          kind: 'theft.token-copied',
          actor: 'pod',
          detail:
            'A copy of the token is taken: STS accepts it from anywhere, unsigned, until exp + 5 min.',
          data: { skewSeconds: CLOCK_SKEW_SECONDS },
        })
        events.push({
          at: iso(exp + CLOCK_SKEW_SECONDS),
          kind: 'theft.token-rejected',
          actor: 'sts',
          detail: 'From now STS answers the copy with ExpiredTokenException.',
          data: { code: 'ExpiredTokenException', skewSeconds: CLOCK_SKEW_SECONDS },
        })
        events.push({
          at: iso(exp + CLOCK_SKEW_SECONDS + duration),
          kind: 'theft.credentials-expire',
          actor: 'sts',
          detail: `Credentials bought at the last moment STS accepts the copy stop working, ${duration} s later, deleted pod or not.`,
          data: { durationSeconds: duration },
        })
      }
    }

    // --- Credentials and the SDK ----------------------------------------------------------------
    if (!credentials) {
      findings.push(
        TIMELINE_FINDINGS.make(
          'timeline.credentials.none',
          'No credentials were issued.',
          'request',
          { pointer: '' },
        ),
      )
    } else {
      const refresh = REFRESH_WINDOWS[sdk]
      const assumption = refresh.assumption
      const step = Math.max(duration - refresh.seconds, 1)
      const tokenAt = (at: number) => refreshes.filter((r) => r <= at).length
      events.push({
        at: iso(credentials.issued),
        kind: 'credentials.issued',
        actor: credentials.podIdentity ? 'pod' : 'sts',
        detail: `Credentials valid ${duration} s.`,
        data: { generation: 0, tokenGeneration: tokenAt(credentials.issued) },
      })
      let expires = credentials.expires
      for (let at = credentials.issued + step, n = 1; at <= horizon; at += step, n++) {
        if (n > MAX_SERIES_EVENTS) {
          findings.push(
            TIMELINE_FINDINGS.make('timeline.events.truncated', 'SDK refreshes cut.', 'request', {
              pointer: '',
            }),
          )
          break
        }
        if (refresh.mandatorySeconds !== undefined) {
          events.push({
            at: iso(expires - refresh.mandatorySeconds),
            kind: 'sdk.refresh-mandatory',
            actor: 'sdk',
            detail: `${sdk}: mandatory refresh point ${refresh.mandatorySeconds} s before expiry (already refreshed).`,
            data: { generation: n - 1 },
          })
        }
        const token = tokenAt(at)
        events.push({
          at: iso(at),
          kind: 'sdk.refresh',
          actor: 'sdk',
          detail: credentials.podIdentity
            ? `${sdk} re-reads token ${token} and asks the agent again.`
            : `${sdk} re-reads token ${token} and calls AssumeRoleWithWebIdentity again.`,
          data: { generation: n, tokenGeneration: token, windowSeconds: refresh.seconds },
          ...(assumption ? { assumption } : {}),
        })
        expires = at + duration
      }
      events.push({
        at: iso(credentials.expires),
        kind: 'credentials.expires',
        actor: 'sdk',
        detail: 'The first credentials expire; the SDK replaced them before.',
        data: { generation: 0 },
      })
    }
  } catch (error) {
    // Defensive: never throw; a defect shows as a finding.
    findings.push(
      TIMELINE_FINDINGS.make(
        'timeline.token.no-times',
        `Internal error: ${String(error)}`,
        'request',
        { pointer: '' },
      ),
    )
  }
  const rank = (kind: TimelineEventKind) => KIND_ORDER.indexOf(kind)
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : rank(a.kind) - rank(b.kind)))
  return { events, findings }
}

/**
 * The simulated clock's events for a scenario and its trace, sorted by instant.
 *
 * @example
 * buildTimeline(scenario, await simulate(scenario), { sdk: 'botocore' })
 *   .filter((e) => e.kind === 'kubelet.refresh') // a 24 h token: every 19.2 h
 */
export function buildTimeline(
  scenario: Scenario,
  trace: Trace,
  options: TimelineOptions = {},
): TimelineEvent[] {
  return buildTimelineWithFindings(scenario, trace, options).events
}
