/**
 * The words of each timeline event, in the user's language: the message key by event kind and
 * the values it needs, read from the engine's `data`. The engine's English `detail` is not shown.
 */
import type { SdkName, TimelineEvent } from '../../engine'
import { REFRESH_WINDOWS } from '../../engine/timeline'
import { toSeconds } from './layout'

/** The SDKs whose refresh windows the engine knows, in the order the selector lists them. */
export const SDKS: readonly SdkName[] = ['botocore', 'js-v3', 'go-v2', 'java-v2']

/** A duration split into whole hours and minutes (rendered with the catalogue's units). */
export interface Duration {
  hours: number
  minutes: number
}

/** Seconds → hours and minutes, rounded to the minute. */
export function splitDuration(seconds: number): Duration {
  const total = Math.max(0, Math.round(seconds / 60))
  return { hours: Math.floor(total / 60), minutes: total % 60 }
}

/** What to translate: `timeline.events.<kind>` with these values. */
export interface EventText {
  key: string
  values: Record<string, string | number>
  /** Durations to format before interpolation (value name → seconds). */
  durations: Record<string, number>
  /** The key of a translated assumption, when the engine stated one. */
  assumptionKey?: string
}

const num = (v: unknown, fallback = 0) =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback

/** The UTC time of an ISO instant, `2026-11-30 07:13 UTC`. */
export function utc(iso: string | undefined): string {
  const s = toSeconds(iso)
  return s === undefined
    ? ''
    : `${new Date(s * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** The message key and values of one event for the selected SDK. */
export function eventText(event: TimelineEvent, sdk: SdkName): EventText {
  const data = event.data ?? {}
  // i18next reads a dot as a key separator: `token.issued` is stored as `token_issued`.
  const key = `timeline.events.${event.kind.replace('.', '_')}`
  switch (event.kind) {
    case 'token.issued':
      return { key, values: {}, durations: { ttl: num(data.ttl) } }
    case 'kubelet.refresh':
      return {
        key,
        // People count tokens from 1: the engine's generation 0 is the first token.
        values: { generation: num(data.generation) + 1, expires: utc(data.expires as string) },
        durations: {},
      }
    case 'credentials.issued':
      return { key, values: {}, durations: {} }
    case 'sdk.refresh':
      return {
        key,
        values: { sdk, token: num(data.tokenGeneration) + 1 },
        durations: { window: num(data.windowSeconds) },
        ...(event.assumption ? { assumptionKey: `timeline.assumptions.${sdk}` } : {}),
      }
    case 'sdk.refresh-mandatory':
      return {
        key,
        values: { sdk },
        durations: { window: REFRESH_WINDOWS[sdk].mandatorySeconds ?? 0 },
      }
    case 'theft.credentials-expire':
      return { key, values: {}, durations: { duration: num(data.durationSeconds) } }
    case 'token.skew-ends':
    case 'theft.token-rejected':
      // The clock skew STS allows after exp (engine data.skewSeconds, 300 s).
      return { key, values: {}, durations: { skew: num(data.skewSeconds, 300) } }
    case 'theft.token-copied':
      return {
        key,
        values: {},
        durations: { skew: num(data.skewSeconds, 300) },
        ...(event.assumption ? { assumptionKey: 'timeline.assumptions.podIdentityTheft' } : {}),
      }
    default:
      return { key, values: {}, durations: {} }
  }
}
