import { describe, expect, it } from 'vitest'
import {
  FRESH_PROGRESS,
  loadProgress,
  markDone,
  parseProgress,
  parseTourParam,
  saveProgress,
  TOUR_STORAGE_KEY,
  withTourParam,
} from './progress'

describe('tour progress', () => {
  it('survives a reload through localStorage', () => {
    // Given a storage with localStorage's methods (in memory: no DOM environment needed)
    const memory = new Map<string, string>()
    const localStorage = {
      getItem: (key: string) => memory.get(key) ?? null,
      setItem: (key: string, value: string) => void memory.set(key, value),
    }
    const progress = markDone({ current: 4, done: ['iam-user'], open: true }, 'webhook')
    // When
    saveProgress(localStorage, progress)
    // Then
    expect(JSON.parse(localStorage.getItem(TOUR_STORAGE_KEY)!)).toEqual(progress)
    expect(loadProgress(localStorage)).toEqual({
      current: 4,
      done: ['iam-user', 'webhook'],
      open: true,
    })
  })

  it('marks a task done once', () => {
    const once = markDone(FRESH_PROGRESS, 'signature')
    expect(markDone(once, 'signature')).toBe(once)
  })

  it.each([
    [null, FRESH_PROGRESS],
    ['not json', FRESH_PROGRESS],
    ['[]', FRESH_PROGRESS],
    [
      '{"current": 99, "done": ["webhook", "nope", 3, "webhook"], "open": "yes"}',
      { current: 6, done: ['webhook'], open: false },
    ],
    ['{"current": -2.5}', { current: 0, done: [], open: false }],
  ])('reads %s safely', (raw, expected) => {
    expect(parseProgress(raw)).toEqual(expected)
  })

  it('does not throw when storage does', () => {
    const failing = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('full')
      },
    }
    expect(loadProgress(failing)).toEqual(FRESH_PROGRESS)
    expect(() => saveProgress(failing, FRESH_PROGRESS)).not.toThrow()
  })
})

describe('the deep link ?tour=<n>', () => {
  it.each([
    ['?tour=1', 0],
    ['?tour=5', 4],
    ['?view=x&tour=7', 6],
    ['?tour=0', undefined],
    ['?tour=8', undefined],
    ['?tour=abc', undefined],
    ['', undefined],
  ])('%s → %s', (search, expected) => {
    expect(parseTourParam(search)).toBe(expected)
  })

  it('sets and removes the parameter, keeping the rest of the URL', () => {
    const href = 'http://127.0.0.1:5173/?step=3#p=happy-path'
    const linked = withTourParam(href, 4)
    expect(linked).toBe('http://127.0.0.1:5173/?step=3&tour=5#p=happy-path')
    expect(withTourParam(linked, undefined)).toBe(href)
  })
})
