// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { CHALLENGES_STORAGE_KEY, useChallengeStore } from './challengeStore'

const otherTabWrites = (state: object) =>
  window.dispatchEvent(
    new StorageEvent('storage', {
      key: CHALLENGES_STORAGE_KEY,
      newValue: JSON.stringify({ state, version: 1 }),
    }),
  )

describe('challenge progress across tabs', () => {
  it('merges what another tab solved, revealed, proved and hinted; this tab keeps its view', () => {
    useChallengeStore.setState({
      open: true,
      activeId: 'a',
      solved: ['a'],
      revealed: [],
      hints: { a: 2, b: 1 },
      proofs: { a: 'mine' },
    })
    otherTabWrites({
      open: false,
      activeId: 'z',
      solved: ['b', 'a'],
      revealed: ['c'],
      hints: { a: 1, b: 3, c: 9 },
      proofs: { a: 'theirs', b: 'proof-b' },
    })
    const s = useChallengeStore.getState()
    expect(s.solved).toEqual(['a', 'b'])
    expect(s.revealed).toEqual(['c'])
    expect(s.hints).toEqual({ a: 2, b: 3, c: 3 })
    expect(s.proofs).toEqual({ a: 'mine', b: 'proof-b' })
    expect(s.open).toBe(true)
    expect(s.activeId).toBe('a')
    const saved = JSON.parse(localStorage.getItem(CHALLENGES_STORAGE_KEY)!).state
    expect(saved.solved).toEqual(['a', 'b'])
  })

  it('ignores damaged values: nothing changes', () => {
    const before = useChallengeStore.getState()
    window.dispatchEvent(
      new StorageEvent('storage', { key: CHALLENGES_STORAGE_KEY, newValue: '{' }),
    )
    otherTabWrites({ solved: 'x', hints: [], revealed: [1], proofs: 5 })
    expect(useChallengeStore.getState()).toBe(before)
  })
})

describe('Forget everything', () => {
  it('empties the progress in memory too, so a later change never writes the forgotten back', async () => {
    const { forgetEverything } = await import('./storage')
    const { useTourStore } = await import('./tourStore')
    const { useWallStore } = await import('./wallStore')
    // Given: progress in every persisted store
    useChallengeStore.setState({
      solved: ['a'],
      proofs: { a: 'p' },
      displayName: 'Kim',
      hints: { a: 2 },
    })
    useChallengeStore.getState().markStarted('a')
    useTourStore.getState().complete('iam-user')
    useTourStore.getState().show(3)
    useWallStore.getState().add('https://example.test/#proof')
    expect(useTourStore.getState().done).toEqual(['iam-user'])
    expect(useWallStore.getState().links).toHaveLength(1)
    // When
    await forgetEverything()
    // Then: nothing in memory…
    const c = useChallengeStore.getState()
    expect([c.solved, c.proofs, c.displayName, c.hints, c.startedId]).toEqual([
      [],
      {},
      '',
      {},
      undefined,
    ])
    expect(useTourStore.getState().current).toBe(0)
    expect(useTourStore.getState().done).toEqual([])
    expect(useWallStore.getState().links).toEqual([])
    expect(Object.keys(localStorage).filter((k) => k.startsWith('irsa-lab'))).toEqual([])
    // …and the next change writes only itself
    useChallengeStore.getState().markSolved('b')
    expect(JSON.parse(localStorage.getItem(CHALLENGES_STORAGE_KEY)!).state.solved).toEqual(['b'])
  })
})
