/**
 * The learner's place in the tour and the tasks done, kept in localStorage under its own key so a
 * reload (or a return days later) resumes where they stopped. Reading never throws: anything
 * unreadable is a fresh start.
 */
import { TOUR_STOPS, type TourStopId } from './stops'

export const TOUR_STORAGE_KEY = 'irsa-lab.tour'

export interface TourProgress {
  /** 0-based index into TOUR_STOPS. */
  current: number
  /** Stops whose task the learner has done. */
  done: TourStopId[]
  /** The tour panel was open: a reload reopens it. */
  open: boolean
}

export const FRESH_PROGRESS: TourProgress = { current: 0, done: [], open: false }

const ids: readonly string[] = TOUR_STOPS.map((s) => s.id)

/** Clamps a stop index into range. */
export const clampStop = (n: number): number =>
  Math.max(0, Math.min(TOUR_STOPS.length - 1, Math.trunc(Number.isFinite(n) ? n : 0)))

/** Parses what was stored; anything unexpected falls back to a fresh start, field by field. */
export function parseProgress(raw: string | null): TourProgress {
  if (!raw) return FRESH_PROGRESS
  try {
    const value = JSON.parse(raw) as Partial<Record<keyof TourProgress, unknown>>
    const done = Array.isArray(value.done)
      ? value.done.filter((id): id is TourStopId => typeof id === 'string' && ids.includes(id))
      : []
    return {
      current: typeof value.current === 'number' ? clampStop(value.current) : 0,
      done: [...new Set(done)],
      open: value.open === true,
    }
  } catch {
    return FRESH_PROGRESS
  }
}

/** Storage access that survives private mode and disabled storage. */
export interface ProgressStorage {
  getItem: (key: string) => string | null
  setItem: (key: string, value: string) => void
}

export function loadProgress(storage: ProgressStorage | undefined): TourProgress {
  try {
    return parseProgress(storage?.getItem(TOUR_STORAGE_KEY) ?? null)
  } catch {
    return FRESH_PROGRESS
  }
}

export function saveProgress(storage: ProgressStorage | undefined, progress: TourProgress): void {
  try {
    storage?.setItem(TOUR_STORAGE_KEY, JSON.stringify(progress))
  } catch {
    // Private mode or a full quota: progress lasts for this page only.
  }
}

/** The progress with a stop's task done (unchanged when it already was). */
export function markDone(progress: TourProgress, id: TourStopId): TourProgress {
  return progress.done.includes(id) ? progress : { ...progress, done: [...progress.done, id] }
}

/** `?tour=<n>` (1-based) → a 0-based stop index; undefined when absent or not a stop number. */
export function parseTourParam(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tour')?.trim()
  if (!raw || !/^\d{1,2}$/.test(raw)) return undefined
  const n = Number(raw)
  return n >= 1 && n <= TOUR_STOPS.length ? n - 1 : undefined
}

/** The URL with `?tour=<n>` for the stop (or without it: undefined), all else kept. */
export function withTourParam(href: string, index: number | undefined): string {
  const url = new URL(href)
  if (index === undefined) url.searchParams.delete('tour')
  else url.searchParams.set('tour', String(index + 1))
  return url.toString()
}
