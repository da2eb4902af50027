/**
 * The one storage module every store uses (the autosave, the tour, the challenges, the language).
 *
 * - Never throws: a browser that blocks site data (SecurityError on mere access), private mode,
 *   a full quota (QuotaExceededError) all end in a visible state, "not saved on this device",
 *   while the page keeps working from memory.
 * - A size cap per item: a runaway value is refused here rather than by the browser's quota.
 * - Writes can be switched off (presentation, embed and follow views never write the user's
 *   work) and are skipped when the value did not change.
 * - Every key this app stores starts with `irsa-lab`: "Forget everything" finds them all.
 */
import { create } from 'zustand'

/** Every key this app stores begins with this (the autosave is exactly this key). */
export const KEY_PREFIX = 'irsa-lab'
/** One item's cap, in UTF-16 code units (localStorage quotas are ~5 M of them per origin). */
export const MAX_ITEM_LENGTH = 2_500_000

export type SaveProblem = 'blocked' | 'quota' | 'too-large'

export interface StorageStatus {
  /** Undefined: the last write succeeded (or nothing was written yet). */
  problem?: SaveProblem
  /** Writes are off for this view (presentation, embed, follow). */
  readOnly: boolean
}

/** The storage status, for the header's "not saved on this device" notice. */
export const useStorageStatus = create<StorageStatus>()(() => ({ readOnly: false }))

function local(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage
  } catch {
    return undefined // SecurityError: site data blocked
  }
}

const setProblem = (problem: SaveProblem | undefined) => {
  if (useStorageStatus.getState().problem !== problem) useStorageStatus.setState({ problem })
}

/** Last value written (or read) per key: an unchanged value is not written again. */
const lastWritten = new Map<string, string>()

export function readItem(key: string): string | null {
  const storage = local()
  if (!storage) return null
  try {
    const value = storage.getItem(key)
    if (value !== null) lastWritten.set(key, value)
    return value
  } catch {
    return null
  }
}

/** Writes one item; false (and a visible problem) when it could not be saved. */
export function writeItem(key: string, value: string): boolean {
  pending.delete(key) // a newer value than any write still waiting for an idle moment
  if (useStorageStatus.getState().readOnly) return false
  if (lastWritten.get(key) === value) return true
  if (value.length > MAX_ITEM_LENGTH) {
    setProblem('too-large')
    return false
  }
  const storage = local()
  if (!storage) {
    setProblem('blocked')
    return false
  }
  try {
    storage.setItem(key, value)
    lastWritten.set(key, value)
    setProblem(undefined)
    return true
  } catch (error) {
    lastWritten.delete(key)
    setProblem(
      error instanceof DOMException &&
        (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
        ? 'quota'
        : 'blocked',
    )
    return false
  }
}

/** Writes waiting for an idle moment: the value is produced (serialised) only then. */
const pending = new Map<string, () => string>()
let flushScheduled = false

/** Writes every waiting item now (an idle moment came, or the page is going away). */
export function flushWrites(): void {
  flushScheduled = false
  for (const [key, produce] of [...pending]) {
    pending.delete(key)
    let value: string
    try {
      value = produce()
    } catch {
      continue // a value that cannot be serialised is not written (nothing else to do)
    }
    writeItem(key, value)
  }
}

/**
 * How long typing must pause before its autosave is written (`pauseMs` of {@link writeWhenIdle}):
 * typing writes once it stops for a second, not after every keystroke's run (issue #18: with a
 * large scenario, serialising it after each run landed on the next keystroke).
 */
export const WRITE_PAUSE_MS = 1000
let pauseTimer: ReturnType<typeof setTimeout> | undefined

/**
 * Writes an item when the browser is idle (at the latest after `timeout` ms), and always before
 * the page is hidden or closed, serialising it only then: a large scenario's autosave (a
 * 10,000-key JWKS is megabytes of JSON) never runs inside the input handler of the edit that
 * changed it. Later calls for the same key replace the waiting value. With `pauseMs`, the idle
 * moment is awaited only once the calls have paused that long (each call waits again), so typing
 * writes once when it stops. Without a DOM (Node), at the next microtask.
 */
export function writeWhenIdle(
  key: string,
  produce: () => string,
  { pauseMs = 0, timeout = 1000 }: { pauseMs?: number; timeout?: number } = {},
): void {
  pending.set(key, produce)
  if (typeof window === 'undefined') {
    if (flushScheduled) return
    flushScheduled = true
    return void queueMicrotask(flushWrites)
  }
  if (pauseTimer !== undefined) clearTimeout(pauseTimer)
  pauseTimer = undefined
  const whenIdle = () => {
    pauseTimer = undefined
    if (flushScheduled) return
    flushScheduled = true
    if ('requestIdleCallback' in window) window.requestIdleCallback(flushWrites, { timeout })
    else setTimeout(flushWrites, 0)
  }
  if (pauseMs > 0) pauseTimer = setTimeout(whenIdle, pauseMs)
  else whenIdle()
}

if (typeof window !== 'undefined') {
  // A reload, a closed tab or a tab switch writes what is waiting: no edit is lost.
  window.addEventListener('pagehide', flushWrites)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushWrites()
  })
}

export function removeItem(key: string): void {
  pending.delete(key)
  lastWritten.delete(key)
  try {
    local()?.removeItem(key)
  } catch {
    // Nothing to do: storage is unavailable.
  }
}

/** Switches writes off for views that show someone else's work (presentation, embed, follow). */
export function setReadOnly(readOnly: boolean): void {
  useStorageStatus.setState({ readOnly })
}

/** The zustand `StateStorage` over this module (for `createJSONStorage`). */
export const appStateStorage = {
  getItem: (name: string) => readItem(name),
  setItem: (name: string, value: string) => void writeItem(name, value),
  removeItem: (name: string) => removeItem(name),
}

/** Calls `listener` when another tab wrote one of this app's keys (the `storage` event). */
export function onOtherTabWrite(listener: (key: string, value: string | null) => void): () => void {
  if (typeof window === 'undefined') return () => undefined
  const handler = (event: StorageEvent) => {
    if (!event.key?.startsWith(KEY_PREFIX)) return
    if (event.newValue !== null) lastWritten.set(event.key, event.newValue)
    else lastWritten.delete(event.key)
    listener(event.key, event.newValue)
  }
  window.addEventListener('storage', handler)
  return () => window.removeEventListener('storage', handler)
}

const forgetters = new Set<() => void>()

/**
 * Registers a store's reset to its first-visit state, run by {@link forgetEverything} before the
 * stored keys are removed. Only stores that are loaded register (a lazy panel's store never
 * loaded has nothing in memory to forget).
 */
export function onForget(reset: () => void): void {
  forgetters.add(reset)
}

/**
 * Forget everything on this device: every key of this app in localStorage and sessionStorage,
 * and the offline caches (they hold the app's files only, but they are this site's data too).
 */
export async function forgetEverything(): Promise<void> {
  // The stores in memory first (what a reset writes is removed below with the rest): otherwise
  // the next change in one of them would write the forgotten progress back.
  for (const reset of forgetters) {
    try {
      reset()
    } catch {
      // A store that cannot reset still has its keys removed.
    }
  }
  pending.clear()
  lastWritten.clear()
  for (const storage of [local(), session()]) {
    if (!storage) continue
    try {
      const keys: string[] = []
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i)
        if (key?.startsWith(KEY_PREFIX)) keys.push(key)
      }
      for (const key of keys) storage.removeItem(key)
    } catch {
      // Unavailable: there is nothing stored to forget.
    }
  }
  try {
    if (typeof caches !== 'undefined') {
      const names = await caches.keys()
      await Promise.all(names.filter((n) => n.startsWith(KEY_PREFIX)).map((n) => caches.delete(n)))
    }
  } catch {
    // No Cache Storage here.
  }
  setProblem(undefined)
}

function session(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage
  } catch {
    return undefined
  }
}
