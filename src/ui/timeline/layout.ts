/**
 * Layout of the simulated clock's timeline: where each engine event sits on the axis, the spans
 * drawn behind them and the axis ticks. Pure arithmetic over `buildTimeline`'s output; nothing
 * here decides what happens when (the engine does).
 */
import type { TimelineEvent, TimelineEventKind } from '../../engine'

/** The three rows of the chart: the token's life, the credentials' life, the thief's view. */
export type Lane = 'token' | 'credentials' | 'theft'

/** The lanes, top to bottom (left to right on a phone). */
export const LANES: readonly Lane[] = ['token', 'credentials', 'theft']

/** Which row each kind of event belongs to. */
export const LANE_OF: Readonly<Record<TimelineEventKind, Lane>> = {
  'token.issued': 'token',
  'kubelet.refresh': 'token',
  'token.expires': 'token',
  'token.skew-ends': 'token',
  'credentials.issued': 'credentials',
  'sdk.refresh': 'credentials',
  'sdk.refresh-mandatory': 'credentials',
  'credentials.expires': 'credentials',
  'theft.token-copied': 'theft',
  'theft.token-rejected': 'theft',
  'theft.credentials-expire': 'theft',
}

/** The axis' domain, in epoch seconds. */
export interface Range {
  start: number
  end: number
}

/** An ISO instant as epoch seconds (fractional), or undefined. */
export function toSeconds(iso: string | undefined): number | undefined {
  const ms = iso === undefined ? NaN : Date.parse(iso)
  return Number.isNaN(ms) ? undefined : ms / 1000
}

/** Share of the axis left empty before the first and after the last instant. */
const PAD = 0.02

/**
 * The domain: every event and the cursor, with a little room at both ends so that the first and
 * the last marker are not cut in half. Undefined when there is nothing to place.
 */
export function timelineRange(events: readonly TimelineEvent[], now?: number): Range | undefined {
  const instants = events.map((e) => toSeconds(e.at)).filter((s): s is number => s !== undefined)
  if (now !== undefined && Number.isFinite(now)) instants.push(now)
  if (instants.length === 0) return undefined
  const min = Math.min(...instants)
  const max = Math.max(...instants)
  // One instant only: an hour either side.
  const span = max > min ? max - min : 7200
  const pad = max > min ? span * PAD : 3600
  return { start: Math.floor(min - pad), end: Math.ceil(max + pad) }
}

/** Where `seconds` sits on the axis, 0 (start) to 1 (end), clamped. */
export function fraction(seconds: number, range: Range): number {
  const span = range.end - range.start
  if (!(span > 0)) return 0
  return Math.min(1, Math.max(0, (seconds - range.start) / span))
}

/** One event placed on its lane. */
export interface Marker {
  event: TimelineEvent
  /** Index in the engine's (sorted) list: a stable React key. */
  index: number
  lane: Lane
  pos: number
}

/** Every event with its lane and position. */
export function layoutMarkers(events: readonly TimelineEvent[], range: Range): Marker[] {
  return events.flatMap((event, index) => {
    const s = toSeconds(event.at)
    return s === undefined
      ? []
      : [{ event, index, lane: LANE_OF[event.kind], pos: fraction(s, range) }]
  })
}

/** A span drawn behind a lane's markers. */
export interface Bar {
  kind:
    | 'token-valid'
    | 'token-skew'
    | 'credentials-valid'
    | 'theft-works'
    | 'theft-skew'
    | 'theft-credentials'
  lane: Lane
  from: number
  to: number
}

const first = (events: readonly TimelineEvent[], kind: TimelineEventKind) =>
  toSeconds(events.find((e) => e.kind === kind)?.at)

/**
 * The spans the engine's events bound: the first token from issue to exp, the first credentials
 * from issue to expiry, the stolen copy from when it is taken to exp, and the credentials it
 * bought until they lapse. The five minutes after exp that STS still accepts (the clock skew) are a
 * span of their own, on the token's lane and on the stolen copy's.
 */
export function layoutBars(events: readonly TimelineEvent[], range: Range): Bar[] {
  const spans: [Bar['kind'], Lane, TimelineEventKind, TimelineEventKind][] = [
    ['token-valid', 'token', 'token.issued', 'token.expires'],
    ['token-skew', 'token', 'token.expires', 'token.skew-ends'],
    ['credentials-valid', 'credentials', 'credentials.issued', 'credentials.expires'],
    ['theft-works', 'theft', 'theft.token-copied', 'token.expires'],
    ['theft-skew', 'theft', 'token.expires', 'theft.token-rejected'],
    ['theft-credentials', 'theft', 'theft.token-rejected', 'theft.credentials-expire'],
  ]
  return spans.flatMap(([kind, lane, from, to]) => {
    const a = first(events, from)
    const b = first(events, to)
    return a === undefined || b === undefined || b < a
      ? []
      : [{ kind, lane, from: fraction(a, range), to: fraction(b, range) }]
  })
}

/** A tick of the axis: hours since the origin (the token's issue). */
export interface Tick {
  pos: number
  hours: number
}

const STEPS_HOURS = [0.25, 0.5, 1, 2, 3, 6, 12, 24, 48, 168, 720]

/**
 * Ticks at a round number of hours from `origin`, at most `maxTicks` of them, inside the range.
 * Hours since the token was issued read better against a 24 h token than wall-clock times.
 */
export function axisTicks(range: Range, origin: number, maxTicks = 8): Tick[] {
  const spanHours = (range.end - range.start) / 3600
  if (!(spanHours > 0) || maxTicks < 1) return []
  const step = STEPS_HOURS.find((h) => spanHours / h <= maxTicks) ?? spanHours / maxTicks
  const ticks: Tick[] = []
  const firstHour = Math.ceil((range.start - origin) / 3600 / step) * step
  for (let h = firstHour; origin + h * 3600 <= range.end; h += step) {
    ticks.push({ pos: fraction(origin + h * 3600, range), hours: Math.round(h * 100) / 100 || 0 })
    if (ticks.length > maxTicks + 1) break
  }
  return ticks
}
