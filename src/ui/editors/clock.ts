/**
 * The simulated instant (`draft.now`) as a `datetime-local` input shows it: in UTC, to the second,
 * because token times (`iat`, `exp`) are UTC and a local-time field would shift them.
 */
import { decodeToken } from '../../engine/jwt'

/** `2026-11-29T12:01:00.000Z` → `2026-11-29T12:01:00` (what the input's value holds). */
export function toInputValue(iso: string): string {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? '' : new Date(ms).toISOString().slice(0, 19)
}

/**
 * The field's value (UTC) → ISO 8601, or undefined while it is incomplete. Accepts
 * `2026-11-29T12:01:00`, a space for the `T`, no seconds, and a trailing `Z`.
 */
export function fromInputValue(value: string): string | undefined {
  const m = /^\s*(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)Z?\s*$/i.exec(value)
  if (!m) return undefined
  const ms = Date.parse(`${m[1]}T${m[2]}Z`)
  if (Number.isNaN(ms)) return undefined
  const iso = new Date(ms).toISOString()
  // No rolling over: 2026-02-30 is not March 2.
  return iso.startsWith(m[1]!) ? iso : undefined
}

/** `iso` moved by `seconds` (the "+1 h" and "+1 day" buttons). */
export function shiftIso(iso: string, seconds: number): string {
  const ms = Date.parse(iso)
  return new Date((Number.isNaN(ms) ? 0 : ms) + seconds * 1000).toISOString()
}

/** The token's `exp` as ISO 8601, when it has a numeric one. */
export function tokenExpiry(token: string): string | undefined {
  const exp = decodeToken(token).payload?.exp
  return typeof exp === 'number' && Number.isFinite(exp)
    ? new Date(exp * 1000).toISOString()
    : undefined
}
