// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { TOUR_STORAGE_KEY } from '../learning/tour/progress'
import { TOUR_STOPS } from '../learning/tour/stops'
import { useTourStore } from './tourStore'

const otherTabWrites = (value: object) =>
  window.dispatchEvent(
    new StorageEvent('storage', { key: TOUR_STORAGE_KEY, newValue: JSON.stringify(value) }),
  )

describe('tour progress across tabs', () => {
  it('merges the tasks another tab did; this tab keeps its own place and panel', () => {
    const [first, second, third] = TOUR_STOPS.map((s) => s.id)
    useTourStore.setState({ current: 2, done: [first!], open: true })
    otherTabWrites({ current: 0, done: [second, third], open: false })
    const s = useTourStore.getState()
    expect(s.done).toEqual([first, second, third])
    expect(s.current).toBe(2)
    expect(s.open).toBe(true)
    // And what this tab then saves holds both tabs' work.
    expect(JSON.parse(localStorage.getItem(TOUR_STORAGE_KEY)!).done).toEqual([first, second, third])
  })

  it('ignores unreadable values and other keys', () => {
    const before = useTourStore.getState().done
    window.dispatchEvent(new StorageEvent('storage', { key: TOUR_STORAGE_KEY, newValue: '{' }))
    window.dispatchEvent(new StorageEvent('storage', { key: 'elsewhere', newValue: '{}' }))
    expect(useTourStore.getState().done).toBe(before)
  })
})
