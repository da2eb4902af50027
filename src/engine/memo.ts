/**
 * A small least-recently-used cache keyed by text. Re-running a scenario after one keystroke
 * re-parses only the document that changed; results are treated as immutable by every caller.
 */
export function memoizeByKey<A extends unknown[], R>(
  fn: (...args: A) => R,
  key: (...args: A) => string,
  capacity = 32,
): (...args: A) => R {
  const cache = new Map<string, R>()
  return (...args: A): R => {
    const k = key(...args)
    const hit = cache.get(k)
    if (hit !== undefined || cache.has(k)) {
      cache.delete(k)
      cache.set(k, hit as R)
      return hit as R
    }
    const value = fn(...args)
    cache.set(k, value)
    if (cache.size > capacity) cache.delete(cache.keys().next().value as string)
    return value
  }
}
