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
const cache = new Map<string, CachedPolicy>()

/** Returns the cached entry or builds, stores and returns it (least recently used is evicted). */
export function cachedPolicy(
  text: string,
  type: PolicyType,
  variant: string,
  build: () => CachedPolicy,
): CachedPolicy {
  const key = `${type}\u0000${variant}\u0000${text}`
  const hit = cache.get(key)
  if (hit) {
    cache.delete(key)
    cache.set(key, hit)
    return hit
  }
  const entry = build()
  cache.set(key, entry)
  if (cache.size > LIMIT) {
    const oldest = cache.keys().next().value
    if (oldest !== undefined) cache.delete(oldest)
  }
  return entry
}
