// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  flushWrites,
  forgetEverything,
  readItem,
  setReadOnly,
  useStorageStatus,
  writeItem,
  writeWhenIdle,
  WRITE_PAUSE_MS,
} from './storage'

// jsdom has no requestIdleCallback: a stand-in that runs a callback when the test says so.
let idle: (() => void)[] = []

beforeEach(() => {
  idle = []
  window.requestIdleCallback = (callback) => {
    idle.push(() => callback({ didTimeout: false, timeRemaining: () => 50 }))
    return idle.length
  }
  localStorage.clear()
  setReadOnly(false)
  useStorageStatus.setState({ problem: undefined })
})
afterEach(() => vi.restoreAllMocks())

describe('writeWhenIdle', () => {
  it('serialises only once the edits pause and the browser is idle, once for a burst of edits', () => {
    // The timers only: the idle callback stays the stand-in above
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const produce = vi.fn((n: number) => `value ${n}`)
    // A burst of edits, each less than the pause after the one before
    for (let n = 1; n <= 5; n++) {
      writeWhenIdle('irsa-lab.test', () => produce(n), { pauseMs: WRITE_PAUSE_MS })
      vi.advanceTimersByTime(WRITE_PAUSE_MS - 1)
    }
    expect(idle).toHaveLength(0)
    // Once they pause, the write waits for an idle moment
    vi.advanceTimersByTime(1)
    expect(produce).not.toHaveBeenCalled()
    expect(readItem('irsa-lab.test')).toBeNull()
    expect(idle).toHaveLength(1)
    idle[0]!()
    expect(produce).toHaveBeenCalledTimes(1)
    expect(readItem('irsa-lab.test')).toBe('value 5')
    // Without a pause, the idle moment is awaited at once
    writeWhenIdle('irsa-lab.test', () => 'at once')
    expect(idle).toHaveLength(2)
    idle[1]!()
    expect(readItem('irsa-lab.test')).toBe('at once')
    vi.useRealTimers()
  })

  it('writes what is waiting when the page is hidden or goes away', () => {
    writeWhenIdle('irsa-lab.test', () => 'kept')
    window.dispatchEvent(new Event('pagehide'))
    expect(readItem('irsa-lab.test')).toBe('kept')
  })

  it('a direct write supersedes a waiting one; Forget everything drops it', async () => {
    writeWhenIdle('irsa-lab.test', () => 'older')
    writeItem('irsa-lab.test', 'newer')
    flushWrites()
    expect(readItem('irsa-lab.test')).toBe('newer')

    writeWhenIdle('irsa-lab.other', () => 'secret')
    await forgetEverything()
    flushWrites()
    expect(readItem('irsa-lab.other')).toBeNull()
    expect(readItem('irsa-lab.test')).toBeNull()
  })

  it('a full quota at the idle write is the visible "not saved" state, never a throw', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    writeWhenIdle('irsa-lab.test', () => 'x')
    expect(() => flushWrites()).not.toThrow()
    expect(useStorageStatus.getState().problem).toBe('quota')
  })
})
