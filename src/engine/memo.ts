/**
 * Small least-recently-used caches. Re-running a scenario after one keystroke re-parses only the
 * document that changed; results are treated as immutable by every caller.
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

/**
 * One part of a {@link memoizeByParts} key: a primitive (compared by value) or an object (compared
 * by identity, so only objects nobody mutates, such as another cache's results, belong here).
 */
export type KeyPart = string | number | boolean | null | undefined | object

interface Entry<R> {
  parts: readonly KeyPart[]
  value: R
  /** When it was last asked for (a counter): the smallest is evicted first. */
  used: number
}

/** The end of a key inside the tree of maps (no part is ever this object). */
const LEAF = {}

/**
 * Like {@link memoizeByKey}, keyed by a list of parts instead of one string: one map level per
 * part. A long text is looked up as it is, and JavaScript engines keep a string's hash with the
 * string, so an unchanged editor text costs a pointer comparison, where a key made by joining or
 * stringifying the texts is a new string to build and hash on every call.
 *
 * @example
 * const parse = memoizeByParts(parseJson, (text, source) => [source, text])
 */
export function memoizeByParts<A extends unknown[], R>(
  fn: (...args: A) => R,
  parts: (...args: A) => readonly KeyPart[],
  capacity = 32,
): Memoized<A, R> {
  const root = new Map<unknown, unknown>()
  // A hit only stamps its entry; the scan for the least recently used runs when one is added.
  const entries = new Set<Entry<R>>()
  let clock = 0
  const evictOldest = () => {
    let oldest: Entry<R> | undefined
    for (const entry of entries) if (!oldest || entry.used < oldest.used) oldest = entry
    if (oldest) remove(oldest)
  }
  const remove = (entry: Entry<R>) => {
    entries.delete(entry)
    const path: Map<unknown, unknown>[] = [root]
    for (const part of entry.parts) {
      const next = path[path.length - 1]!.get(part) as Map<unknown, unknown> | undefined
      if (!next) return
      path.push(next)
    }
    path[path.length - 1]!.delete(LEAF)
    // Drop the maps left empty, deepest first.
    for (let i = entry.parts.length; i > 0 && path[i]!.size === 0; i--)
      path[i - 1]!.delete(entry.parts[i - 1])
  }
  const store = (key: readonly KeyPart[], value: R): R => {
    const entry: Entry<R> = { parts: key, value, used: ++clock }
    let level = root
    for (const part of key) {
      let next = level.get(part) as Map<unknown, unknown> | undefined
      if (!next) {
        next = new Map()
        level.set(part, next)
      }
      level = next
    }
    const previous = level.get(LEAF) as Entry<R> | undefined // fn re-entered with this key, or a prime
    if (previous) entries.delete(previous)
    level.set(LEAF, entry)
    entries.add(entry)
    if (entries.size > capacity) evictOldest()
    return entry.value
  }
  const memoized = (...args: A): R => {
    const key = parts(...args)
    let level: Map<unknown, unknown> | undefined = root
    for (let i = 0; i < key.length && level; i++)
      level = level.get(key[i]) as Map<unknown, unknown> | undefined
    const hit = level?.get(LEAF) as Entry<R> | undefined
    if (hit) {
      hit.used = ++clock
      return hit.value
    }
    // Computed before any map is made, so a call that throws leaves nothing behind.
    return store(key, fn(...args))
  }
  memoized.prime = (value: R, ...args: A) => void store(parts(...args), value)
  memoized.has = (...args: A): boolean => {
    let level: Map<unknown, unknown> | undefined = root
    for (const part of parts(...args)) level = level?.get(part) as Map<unknown, unknown> | undefined
    return level?.has(LEAF) ?? false
  }
  return memoized
}

/**
 * A function memoized by {@link memoizeByParts}, and a way to hand its cache a result computed
 * elsewhere (`prime`): the result `fn(...args)` gives, as when a build parses a constant text.
 */
export type Memoized<A extends unknown[], R> = ((...args: A) => R) & {
  prime(value: R, ...args: A): void
  /** Whether a call with these arguments would be answered from the cache (it stamps nothing). */
  has(...args: A): boolean
}
