import { describe, expect, it } from 'vitest'
import { modeFromSearch } from './mode'

describe('modeFromSearch', () => {
  it('routes the views, a deck link to the stage, anything else to the playground', () => {
    expect(modeFromSearch('?view=follow&step=3')).toBe('follow')
    expect(modeFromSearch('?view=present')).toBe('present')
    expect(modeFromSearch('?view=presenter&deck=abc')).toBe('presenter')
    expect(modeFromSearch('?deck=abc')).toBe('present')
    expect(modeFromSearch('?view=embed')).toBe('embed')
    expect(modeFromSearch('?view=nope')).toBe('playground')
    expect(modeFromSearch('')).toBe('playground')
  })
})
