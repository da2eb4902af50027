/**
 * The request context as the evaluator reads it: condition key names folded to lower case
 * ("Key names are case-insensitive", IAM User Guide, Condition element) and every value turned
 * into the list of strings IAM compares (numbers and booleans as their JSON text).
 */
import type { PolicyRequest } from '../types'

/** Lower-cased key → its values. An empty list means the key is present with no value. */
export type RequestContext = ReadonlyMap<string, readonly string[]>

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  return undefined
}

/**
 * Normalises a request context. Never throws: values that are not strings, numbers, booleans or
 * lists of them (null, objects) are treated as absent keys, as a key STS or a service does not
 * provide. When two keys differ only in case, the later one wins.
 */
export function normalizeContext(context: PolicyRequest['context'] | unknown): RequestContext {
  const map = new Map<string, string[]>()
  if (!context || typeof context !== 'object' || Array.isArray(context)) return map
  for (const [key, value] of Object.entries(context as Record<string, unknown>)) {
    if (Array.isArray(value)) {
      const values: string[] = []
      for (const item of value) {
        const text = scalarText(item)
        if (text !== undefined) values.push(text)
      }
      map.set(key.toLowerCase(), values)
      continue
    }
    const text = scalarText(value)
    if (text !== undefined) map.set(key.toLowerCase(), [text])
  }
  return map
}
