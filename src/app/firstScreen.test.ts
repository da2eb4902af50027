// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppState } from '../state/store'
import { FIRST_SCREEN_FALLBACK_MS, firstScreenPainted } from './firstScreen'

/** A store with only what firstScreenPainted reads: the verdict's trace, and its subscribers. */
function fakeStore() {
  let state = { verdictTrace: undefined } as unknown as AppState
  const listeners = new Set<(s: AppState) => void>()
  return {
    getState: () => state,
    subscribe: (listener: (s: AppState) => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    publishVerdict() {
      state = { verdictTrace: {} } as unknown as AppState
      listeners.forEach((l) => l(state))
    },
    listeners,
  }
}

const settledFlag = (promise: Promise<void>) => {
  const flag = { settled: false }
  void promise.then(() => (flag.settled = true))
  return flag
}

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'requestIdleCallback'],
  })
})
afterEach(() => vi.useRealTimers())

describe('firstScreenPainted (what the offline worker’s install waits for)', () => {
  it('waits for the first verdict, its frame and an idle moment — not for the fallback', async () => {
    expect(document.readyState).toBe('complete')
    const store = fakeStore()
    const done = settledFlag(firstScreenPainted(store))
    await vi.advanceTimersByTimeAsync(FIRST_SCREEN_FALLBACK_MS / 2)
    expect(done.settled).toBe(false)
    store.publishVerdict()
    expect(done.settled).toBe(false)
    await vi.advanceTimersByTimeAsync(100)
    expect(done.settled).toBe(true)
    expect(store.listeners.size).toBe(0)
  })

  it('does not wait for ever when no verdict comes (the wall, a failed first run)', async () => {
    const store = fakeStore()
    const done = settledFlag(firstScreenPainted(store))
    await vi.advanceTimersByTimeAsync(FIRST_SCREEN_FALLBACK_MS - 1)
    expect(done.settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(done.settled).toBe(true)
    expect(store.listeners.size).toBe(0)
  })

  it('goes on at once (after the frame) when the verdict is already there', async () => {
    const store = fakeStore()
    store.publishVerdict()
    const done = settledFlag(firstScreenPainted(store))
    expect(store.listeners.size).toBe(0)
    await vi.advanceTimersByTimeAsync(100)
    expect(done.settled).toBe(true)
  })
})
