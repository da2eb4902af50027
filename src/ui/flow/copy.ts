/**
 * Catalogue keys for a step: its narration by kind (`flow.kinds.<kind>.*`), its failure sentence
 * (`flow.failure.kinds.<kind>.*`), the label of the packet it sends. Kinds the catalogue does not
 * know yet fall back to a generic text rather than showing a key.
 */
import type { Step } from '../../engine'

type Exists = (key: string) => boolean

/** `flow.kinds.<kind>` when the catalogue has it, else `flow.kinds.unknown`. */
export function kindKey(kind: string, exists: Exists): string {
  const key = `flow.kinds.${kind}`
  return exists(`${key}.title`) ? key : 'flow.kinds.unknown'
}

/** A narration field of a step (`title`, `what`, `why`). */
export type NarrationField = 'title' | 'what' | 'why'

/**
 * The catalogue key of one narration sentence for a step, fitted to its outcome: a failed step
 * reads `<field>Fail` where the catalogue has one (a sentence that would claim success, like
 * "the identity matched", has a failing twin), a step that only notes something `<field>Info`
 * (the webhook that left a pod alone), else the field itself, which is then neutral.
 */
export function sentenceKey(
  kind: string,
  field: NarrationField,
  status: Step['status'],
  exists: Exists,
): string {
  const key = kindKey(kind, exists)
  const suffix = status === 'fail' ? 'Fail' : status === 'info' ? 'Info' : undefined
  return suffix && exists(`${key}.${field}${suffix}`)
    ? `${key}.${field}${suffix}`
    : `${key}.${field}`
}

/** `flow.failure.kinds.<kind>` when the catalogue has it, else the generic failure. */
export function failureKey(kind: string, exists: Exists): string {
  const key = `flow.failure.kinds.${kind}`
  return exists(`${key}.why`) ? key : 'flow.failure.kinds.unknown'
}

/**
 * The label on the packet a message carries: the API call's own action name (`PutObject`), else
 * the catalogue's word for the kind, else nothing.
 */
export function packetLabel(
  step: Step,
  exists: Exists,
): { key: string } | { text: string } | undefined {
  const action = step.kind === 'api.call' ? step.data?.action : undefined
  if (typeof action === 'string') return { text: action.slice(action.indexOf(':') + 1) }
  const key = `flow.packets.${step.kind}`
  return exists(key) ? { key } : undefined
}

/** Cuts a caption to `max` characters, keeping its start and its end (values end distinctively). */
export function truncateMiddle(text: string, max: number): string {
  if (text.length <= max) return text
  const head = Math.ceil((max - 1) * 0.6)
  return `${text.slice(0, head)}…${text.slice(text.length - (max - 1 - head))}`
}
