/**
 * A small bounded cache of parsed, validated and linted policies keyed by their text. Editors
 * re-evaluate the same text many times; parsing dominates the cost of evaluation (see the report's
 * benchmark), so this keeps `evaluatePolicy` well under the 25 µs budget. Entries are immutable once
 * stored; callers get copies of the findings.
 */
import type { Finding } from '../types'
import type { ParsedPolicy, PolicyType } from './model'

/** What is cached per (text, type, options). */
export interface CachedPolicy {
  policy: ParsedPolicy
  findings: readonly Finding[]
}

const LIMIT = 64
/**
 * By text, then by `type\u0000variant`. The text itself is the outer key, never a copy joined to
 * the type: a joined key is a new string whose hash V8 computes over the whole text on every call
 * (a 50-statement policy paid ~0.8 ms a lookup), while the text a caller passes again is the same
 * string, whose hash is kept with it.
 */
const cache = new Map<string, Map<string, CachedPolicy>>()
let size = 0

/** Returns the cached entry or builds, stores and returns it (least recently used is evicted). */
export function cachedPolicy(
  text: string,
  type: PolicyType,
  variant: string,
  build: () => CachedPolicy,
): CachedPolicy {
  const key = `${type}\u0000${variant}`
  const variants = cache.get(text)
  const hit = variants?.get(key)
  if (variants) {
    // Most recently used: the text moves to the end (its variants with it).
    cache.delete(text)
    cache.set(text, variants)
  }
  if (hit) return hit
  const entry = build()
  if (variants) variants.set(key, entry)
  else cache.set(text, new Map([[key, entry]]))
  size++
  while (size > LIMIT) {
    const [oldest, evicted] = cache.entries().next().value as [string, Map<string, CachedPolicy>]
    cache.delete(oldest)
    size -= evicted.size
  }
  return entry
}
