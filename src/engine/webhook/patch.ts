/**
 * A minimal RFC 6902 JSON Patch applier for the operations the webhook emits (`add`, `replace`),
 * used to derive the mutated pod from the patch (so the two can never disagree) and by tests to
 * prove `pod == applyPatch(input, patch)`. Never throws and never mutates its input.
 */
import { splitPointer } from '../text/pointer'
import type { JsonPatchOperation } from '../types'
import { deepClone, hasOwn, isObject, setOwn } from './json'

/** Outcome of {@link applyPatch}: the patched copy, or which operation failed and why. */
export type PatchResult =
  { ok: true; value: unknown } | { ok: false; index: number; error: PatchError }

export type PatchError =
  'unsupported-op' | 'bad-pointer' | 'missing-parent' | 'missing-target' | 'bad-index'

/** RFC 6901 §4: an array index is "0" or digits without a leading zero. */
const ARRAY_INDEX = /^(0|[1-9]\d*)$/

/** One operation on `doc` in place. */
function applyOne(doc: { root: unknown }, op: JsonPatchOperation): PatchError | undefined {
  if (op.op !== 'add' && op.op !== 'replace') return 'unsupported-op'
  if (op.path !== '' && !op.path.startsWith('/')) return 'bad-pointer'
  const tokens = splitPointer(op.path)
  const value = deepClone(op.value)
  const last = tokens.pop()
  if (last === undefined) {
    doc.root = value // The whole document: both add and replace swap it.
    return undefined
  }
  let parent: unknown = doc.root
  for (const token of tokens) {
    if (Array.isArray(parent)) {
      if (!ARRAY_INDEX.test(token) || Number(token) >= parent.length) return 'missing-parent'
      parent = parent[Number(token)]
    } else if (isObject(parent) && hasOwn(parent, token)) {
      parent = parent[token]
    } else {
      return 'missing-parent'
    }
  }
  if (Array.isArray(parent)) {
    if (op.op === 'add' && last === '-') {
      parent.push(value)
      return undefined
    }
    if (!ARRAY_INDEX.test(last)) return 'bad-index'
    const index = Number(last)
    if (op.op === 'add') {
      if (index > parent.length) return 'bad-index'
      parent.splice(index, 0, value)
    } else {
      if (index >= parent.length) return 'missing-target'
      parent[index] = value
    }
    return undefined
  }
  if (!isObject(parent)) return 'missing-parent'
  if (op.op === 'replace' && !hasOwn(parent, last)) return 'missing-target'
  setOwn(parent, last, value) // RFC 6902 §4.1: add on an existing member replaces it.
  return undefined
}

/** Applies `patch` to a deep copy of `document`; the first failing operation stops it. */
export function applyPatch(document: unknown, patch: readonly JsonPatchOperation[]): PatchResult {
  const doc = { root: deepClone(document) }
  for (const [index, op] of patch.entries()) {
    const error = applyOne(doc, op)
    if (error !== undefined) return { ok: false, index, error }
  }
  return { ok: true, value: doc.root }
}
