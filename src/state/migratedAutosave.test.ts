/**
 * An autosave of an older version, read while the store is created: migrated, in the store, and
 * written back in the new version (zustand's persist writes it during the store's creation, when
 * the autosave's storage can see nothing of the store yet).
 */
import { describe, expect, it, vi } from 'vitest'
import { stubMemoryStorage } from './memoryStorage.testing'

const memory = stubMemoryStorage()
// Version 1: the undo history was saved, and there was no "remember" choice.
memory.set(
  'irsa-lab',
  JSON.stringify({
    state: { theme: 'dark', past: [{ roleName: 'old' }], resignedAt: 'x' },
    version: 1,
  }),
)

vi.mock('./engineWorker/runEngine', () => import('./manualEngineRuns.testing'))
const { useAppStore } = await import('./store')
const { AUTOSAVE_VERSION } = await import('./autosave')

describe('an older autosave', () => {
  it('is migrated while the store is created, and written back in the new version', async () => {
    // Then the store holds the migrated state and has finished hydrating
    expect(useAppStore.getState().theme).toBe('dark')
    expect(useAppStore.persist.hasHydrated()).toBe(true)
    // And the autosave is written back in the new version (at an idle moment: no verdict yet)
    await Promise.resolve()
    const saved = JSON.parse(memory.get('irsa-lab')!) as {
      version: number
      state: Record<string, unknown>
    }
    expect(saved.version).toBe(AUTOSAVE_VERSION)
    expect(saved.state.remember).toBe(false)
    expect(saved.state).not.toHaveProperty('past')
  })
})
