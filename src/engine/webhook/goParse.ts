/**
 * The two Go `strconv` parsers the webhook applies to annotation values, reproduced exactly
 * (pkg/cache/cache.go, pkg/handler/handler.go), so that "1", "T" or "+0600" behave as in a cluster.
 */

const GO_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True'])
const GO_FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False'])

/** Go `strconv.ParseBool`: the twelve spellings it accepts; anything else is an error (undefined). */
export function parseGoBool(text: string): boolean | undefined {
  if (GO_TRUE.has(text)) return true
  if (GO_FALSE.has(text)) return false
  return undefined
}

const INT64_MAX = 2n ** 63n - 1n
const INT64_MIN = -(2n ** 63n)

/** Outcome of {@link parseGoInt64}. */
export type GoIntResult = { ok: true; value: number } | { ok: false; reason: 'syntax' | 'range' }

/**
 * Go `strconv.ParseInt(text, 10, 64)`: an optional sign then ASCII digits only — no spaces, no
 * underscores (base 10 is explicit), no exponent — within the int64 range. Values beyond 2^53
 * lose precision as JavaScript numbers; the callers flag anything above 2^32 anyway.
 */
export function parseGoInt64(text: string): GoIntResult {
  if (!/^[+-]?\d+$/.test(text)) return { ok: false, reason: 'syntax' }
  const value = BigInt(text)
  if (value > INT64_MAX || value < INT64_MIN) return { ok: false, reason: 'range' }
  return { ok: true, value: Number(value) }
}
