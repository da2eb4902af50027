import { beforeAll, describe, expect, it } from 'vitest'
import { generateClusterKey } from '../engine'
import type { ClusterKey } from '../engine/jwt'
import { findPreset } from '../scenarios/presets'
import { stubMemoryStorage } from './memoryStorage.testing'

// A Node environment (jose and jsdom's TextEncoder disagree on Uint8Array), with an in-memory
// localStorage for the autosave.
stubMemoryStorage()
const { useAppStore } = await import('./store')

let key: ClusterKey
beforeAll(async () => {
  key = await generateClusterKey('RS256')
})

const build = (id: string) => findPreset(id)!.build({ key, issuedAt: '2026-11-29T12:00:00.000Z' })

describe('scenario history', () => {
  it('undoes and redoes scenario-level changes', async () => {
    // Given
    const store = useAppStore.getState()
    store.loadScenario(await build('happy-path'), undefined, 'happy-path')
    store.loadScenario(await build('wrong-namespace'), undefined, 'wrong-namespace')
    const edited = useAppStore.getState().draft!
    // When / Then
    useAppStore.getState().undo()
    expect(useAppStore.getState().presetId).toBe('happy-path')
    expect(useAppStore.getState().draft?.serviceAccount).toContain('namespace: example')
    useAppStore.getState().redo()
    expect(useAppStore.getState().draft).toEqual(edited)
    useAppStore.getState().applyChange({ roleName: 'other-role' })
    expect(useAppStore.getState().future).toEqual([])
    useAppStore.getState().undo()
    expect(useAppStore.getState().draft?.roleName).toBe('example-role')
  })

  it('keeps at most 20 steps, in memory only (undo history of real data is never written)', async () => {
    const scenario = await build('happy-path')
    for (let i = 0; i < 25; i++) useAppStore.getState().loadScenario(scenario)
    expect(useAppStore.getState().past).toHaveLength(20)
    const saved = JSON.parse(localStorage.getItem('irsa-lab') ?? '{}') as {
      state?: { past?: unknown[]; draft?: unknown }
    }
    expect(saved.state?.draft).toBeDefined()
    expect(saved.state?.past).toBeUndefined()
  })

  it('keeps no history per keystroke: typing is undone in the editor, not here', async () => {
    // Given
    useAppStore.getState().loadScenario(await build('happy-path'))
    const { past, future } = useAppStore.getState()
    const original = useAppStore.getState().draft!.trustPolicy
    // When: 1,000 edits (a space typed, then deleted)
    for (let i = 0; i < 1000; i++)
      useAppStore.getState().editDraft({ trustPolicy: i % 2 ? original : `${original} ` })
    // Then
    expect(useAppStore.getState().past).toBe(past)
    expect(useAppStore.getState().future).toBe(future)
    expect(useAppStore.getState().draft?.trustPolicy).toBe(original)
  })
})

describe('a started challenge', () => {
  it('stops grading when another scenario replaces the one it started, and only then', async () => {
    const { useChallengeStore } = await import('./challengeStore')
    // Given: a challenge started on its own scenario (loaded first, then marked, as startChallenge does)
    useAppStore
      .getState()
      .loadScenario(await build('wrong-namespace'), undefined, 'wrong-namespace')
    useChallengeStore.getState().markStarted('payments-only')
    // When: the learner edits that scenario
    useAppStore.getState().applyChange({ roleName: 'edited-role' })
    useAppStore.getState().editDraft({ roleName: 'edited-again' })
    // Then: still the challenge's scenario
    expect(useChallengeStore.getState().startedId).toBe('payments-only')
    // When: a gallery scenario (or a link, a file) replaces it
    useAppStore.getState().loadScenario(await build('happy-path'), undefined, 'happy-path')
    // Then: the check no longer grades it
    expect(useChallengeStore.getState().startedId).toBeUndefined()
  })
})
