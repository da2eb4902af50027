/**
 * Moves of the simulated clock's cursor (`draft.now`): by a fixed amount, to the neighbouring
 * event, or to where the slider was dropped. Pure: the panel writes the result with `editDraft`.
 */
import type { TimelineEvent } from '../../engine'
import { toSeconds } from './layout'

/** `iso` moved by `seconds`; an unreadable instant moves from the epoch. */
export function shiftNow(iso: string, seconds: number): string {
  const s = toSeconds(iso) ?? 0
  return new Date(Math.round((s + seconds) * 1000)).toISOString()
}

/** The first event strictly after `iso` (the "next event" button), if any. */
export function nextEvent(
  events: readonly TimelineEvent[],
  iso: string,
): TimelineEvent | undefined {
  const now = toSeconds(iso)
  if (now === undefined) return events[0]
  return events.find((e) => (toSeconds(e.at) ?? -Infinity) > now + 0.0005)
}

/** The last event strictly before `iso` (the "previous event" button), if any. */
export function previousEvent(
  events: readonly TimelineEvent[],
  iso: string,
): TimelineEvent | undefined {
  const now = toSeconds(iso)
  if (now === undefined) return undefined
  return events.findLast((e) => (toSeconds(e.at) ?? Infinity) < now - 0.0005)
}

/** The slider works in whole minutes: its value (epoch minutes) → an ISO instant. */
export function nowFromSlider(minutes: number): string {
  return new Date(Math.round(minutes) * 60_000).toISOString()
}

/** An ISO instant → the slider's value (epoch minutes), 0 when unreadable. */
export function sliderValue(iso: string): number {
  return Math.round((toSeconds(iso) ?? 0) / 60)
}
