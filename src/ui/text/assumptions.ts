/**
 * The assumptions the engine states, by the id it gives each one (`step.assumptionRefs`, engine
 * assumptions.ts): the sentence is the catalogue's `engineText.assumptions.<id>` filled from its
 * data. One without an id (none today in the IRSA chain) is shown in English, marked.
 */
import type { AssumptionRef } from '../../engine'
import { keyMessage, type Message } from './message'

const PREFIX = 'engineText.assumptions'

/** The message for one assumption the engine stated: by its id, else its English `text`. */
export function assumptionMessage(ref: AssumptionRef | null | undefined, text: string): Message {
  if (!ref) return { kind: 'english', text }
  const values = ref.data
    ? Object.fromEntries(Object.entries(ref.data).map(([k, v]) => [k, String(v)]))
    : undefined
  return keyMessage(`${PREFIX}.${ref.id}`, values, text)
}
