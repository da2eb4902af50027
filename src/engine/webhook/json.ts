/**
 * Small helpers for untrusted JSON values: inputs of any shape, keys like `__proto__`, and
 * objects nested deeper than the call stack allows.
 */

/** A JSON object: not null, not an array. */
export type JsonObject = Record<string, unknown>

/** True for a non-null, non-array object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The object's own property `key` (never one inherited from Object.prototype). */
export function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined
}

/** True when `key` is an own property of `object`. */
export function hasOwn(object: JsonObject, key: string): boolean {
  return Object.hasOwn(object, key)
}

/** Sets an own data property, even for `__proto__`, without touching the prototype. */
export function setOwn(object: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(object, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  })
}

/**
 * A deep copy of arrays and objects (other values are shared). Iterative, so absurd nesting cannot
 * overflow the stack; a cycle is reproduced rather than followed forever.
 */
export function deepClone<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value
  const copies = new Map<object, unknown>()
  const copyOf = (source: object): unknown => {
    const known = copies.get(source)
    if (known !== undefined) return known
    const target: unknown = Array.isArray(source) ? new Array<unknown>(source.length) : {}
    copies.set(source, target)
    pending.push(source)
    return target
  }
  const pending: object[] = []
  const root = copyOf(value)
  while (pending.length > 0) {
    const source = pending.pop()!
    const target = copies.get(source) as JsonObject | unknown[]
    if (Array.isArray(source)) {
      const array = target as unknown[]
      source.forEach((item: unknown, i) => {
        array[i] = typeof item === 'object' && item !== null ? copyOf(item) : item
      })
    } else {
      for (const [key, item] of Object.entries(source)) {
        setOwn(
          target as JsonObject,
          key,
          typeof item === 'object' && item !== null ? copyOf(item) : item,
        )
      }
    }
  }
  return root as T
}
