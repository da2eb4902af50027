/**
 * Which run the timeline's credential events come from. The store's trace is computed at the
 * cursor, so once the cursor passes `exp` it holds ExpiredTokenException and no credentials.
 * The timeline keeps showing the credentials the same scenario got earlier (the first issued
 * run with every input but the clock unchanged), so that moving the clock does not wipe the
 * story it is telling. Any other edit starts over.
 */
import type { Trace } from '../../engine'
import type { ScenarioDraft } from '../../scenarios/draft'

/** The remembered run and the scenario (minus the clock) it belongs to. */
export interface Anchor {
  key: string
  trace: Trace
}

/** Every input but the clock, as one comparable string. */
export function scenarioKey(draft: ScenarioDraft): string {
  return JSON.stringify({ ...draft, now: '' })
}

/**
 * The anchor after a run (call it when a new trace arrives, with the key of the draft it ran):
 * the remembered one while the scenario (minus the clock) is the same, else the new trace when it
 * issued credentials, else none.
 */
export function nextAnchor(
  previous: Anchor | undefined,
  key: string,
  trace: Trace | undefined,
): Anchor | undefined {
  if (previous?.key === key) return previous
  return trace?.outcome === 'issued' ? { key, trace } : undefined
}
