/**
 * Token times for people: NumericDate claims as UTC dates and relative to the scenario's instant
 * (never the real clock: the simulation runs at `draft.now`).
 */

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
]

/**
 * `target` relative to `now` (both in seconds), e.g. "in 23 hours", "2 hours ago", "23시간 후".
 * Whole units, truncated toward zero, switching to days only from two days on so that a 24 h
 * token reads in hours: "expires in 23 hours" is what a reader checks against the webhook's 86400.
 */
export function formatRelativeTime(target: number, now: number, language: string): string {
  const delta = target - now
  const abs = Math.abs(delta)
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'always' })
  for (const [unit, seconds] of UNITS) {
    if (unit === 'day' && abs < 2 * 86400) continue
    if (abs >= seconds || unit === 'second') {
      const value = Math.trunc(abs / seconds) * Math.sign(delta)
      // -0 would print "in 0 seconds" for a past instant in some engines.
      return format.format(value === 0 ? 0 : value, unit)
    }
  }
  return format.format(0, 'second')
}

/** A NumericDate as `2026-11-29 12:00:00 UTC`; undefined when it is no date. */
export function formatUtc(seconds: number): string | undefined {
  const date = new Date(seconds * 1000)
  if (!Number.isFinite(seconds) || Number.isNaN(date.getTime())) return undefined
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`
}

/** An ISO instant as epoch seconds; undefined when it does not parse. */
export function isoToSeconds(iso: string): number | undefined {
  const ms = new Date(iso).getTime()
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000)
}
