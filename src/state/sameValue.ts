/**
 * Structural equality of plain data (what the engine returns: objects, arrays, strings, numbers,
 * booleans, null, undefined). A run whose result equals the one shown keeps the shown objects, so
 * nothing that reads them re-renders (a space typed in a policy changes the text, not the trace).
 *
 * Anything that is not plain data (a class instance, a typed array, a Map…) is equal only to itself:
 * the answer may be "different" when it is not, never "equal" when it is not.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    // NaN is the one value not equal to itself; the engine's numbers are never NaN, but be exact.
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b)
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false
    return true
  }
  if (Array.isArray(b) || !isPlainObject(a) || !isPlainObject(b)) return false
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(b, key)) return false
    if (!sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
      return false
  }
  return true
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}
