/**
 * The claims table: each claim of a projected ServiceAccount token with what it means for IRSA
 * (shared/spec §1.1). Pure: the component only translates the keys and renders the rows.
 */
import { formatRelativeTime, formatUtc } from '../format/time'

/** The claims and `kubernetes.io` members the catalogue explains; others get a generic line. */
export const EXPLAINED_CLAIMS = [
  'iss',
  'sub',
  'aud',
  'exp',
  'nbf',
  'iat',
  'jti',
  'kubernetes.io',
  'kubernetes.io.namespace',
  'kubernetes.io.pod',
  'kubernetes.io.serviceaccount',
  'kubernetes.io.node',
  'kubernetes.io.secret',
  'kubernetes.io.warnafter',
] as const

export type ExplainedClaim = (typeof EXPLAINED_CLAIMS)[number]

/** How a NumericDate claim relates to the scenario's instant, as an i18n key and a phrase. */
export interface ClaimTime {
  utc: string
  /** E.g. 'expiresIn' / 'expiredAgo'; the catalogue wraps `relative` in it. */
  phraseKey: string
  /** "in 23 hours", "2 hours ago", "23시간 후"… */
  relative: string
  /** Expired, or not yet valid, at the scenario's instant. */
  problem: boolean
}

export interface ClaimRow {
  /** Dotted path, e.g. 'kubernetes.io.pod'. */
  path: string
  /** Nested rows (members of `kubernetes.io`) are indented. */
  depth: 0 | 1
  /** The value as compact JSON text (strings without quotes). */
  value: string
  /** i18n key under `inspector.claims`, or undefined for a claim IRSA does not use. */
  explain?: ExplainedClaim
  time?: ClaimTime
}

const TIME_PHRASES: Record<string, [future: string, past: string]> = {
  exp: ['expiresIn', 'expiredAgo'],
  nbf: ['validFromFuture', 'validFromPast'],
  iat: ['issuedFuture', 'issuedPast'],
  'kubernetes.io.warnafter': ['warnAfterFuture', 'warnAfterPast'],
}

/** The catalogue key under `inspector.claims` (i18next reads dots as nesting). */
export const claimMessageKey = (claim: ExplainedClaim | undefined): string =>
  claim === undefined ? 'other' : claim.replace('kubernetes.io', 'k8s').replace('.', '_')

const isExplained = (path: string): path is ExplainedClaim =>
  (EXPLAINED_CLAIMS as readonly string[]).includes(path)

function display(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function timeOf(path: string, value: unknown, now: number, language: string) {
  const phrases = TIME_PHRASES[path]
  if (!phrases || typeof value !== 'number') return undefined
  const utc = formatUtc(value)
  if (utc === undefined) return undefined
  const future = value > now
  const problem = (path === 'exp' && !future) || (path === 'nbf' && future)
  return {
    utc,
    phraseKey: future ? phrases[0] : phrases[1],
    relative: formatRelativeTime(value, now, language),
    problem,
  }
}

function row(path: string, depth: 0 | 1, value: unknown, now: number, language: string): ClaimRow {
  const result: ClaimRow = { path, depth, value: display(value) }
  if (isExplained(path)) result.explain = path
  const time = timeOf(path, value, now, language)
  if (time) result.time = time
  return result
}

/**
 * The rows of the claims table, in the payload's order, `kubernetes.io` followed by its members.
 * `now` is the scenario's instant in seconds (relative times never use the real clock).
 */
export function claimRows(
  payload: Record<string, unknown>,
  now: number,
  language: string,
): ClaimRow[] {
  const rows: ClaimRow[] = []
  for (const [name, value] of Object.entries(payload)) {
    const nested = name === 'kubernetes.io' && value !== null && typeof value === 'object'
    rows.push(
      nested
        ? { path: name, depth: 0, value: '', explain: 'kubernetes.io' }
        : row(name, 0, value, now, language),
    )
    if (!nested || Array.isArray(value)) continue
    for (const [member, memberValue] of Object.entries(value as Record<string, unknown>)) {
      rows.push(row(`${name}.${member}`, 1, memberValue, now, language))
    }
  }
  return rows
}
