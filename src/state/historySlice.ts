import type { StateCreator } from 'zustand'
import type { ScenarioDraft } from '../scenarios/draft'
import type { SigningKey } from './scenarioSlice'
import type { AppState } from './store'

/** One scenario as it was before a scenario-level change (reset, gallery, link, fix). */
export interface Snapshot {
  draft: ScenarioDraft
  signingKey?: SigningKey
  presetId: string
}

/** How many scenario-level changes can be undone. */
export const HISTORY_LIMIT = 20

export interface HistorySlice {
  past: Snapshot[]
  future: Snapshot[]
  /** Remembers the current scenario before a scenario-level change replaces it. */
  checkpoint: () => void
  undo: () => void
  redo: () => void
}

const snapshotOf = (s: AppState): Snapshot | undefined =>
  s.draft
    ? {
        draft: s.draft,
        presetId: s.presetId,
        ...(s.signingKey ? { signingKey: s.signingKey } : {}),
      }
    : undefined

export const createHistorySlice: StateCreator<AppState, [], [], HistorySlice> = (set, get) => {
  const restore = (snapshot: Snapshot) => {
    set({
      draft: snapshot.draft,
      presetId: snapshot.presetId,
      signingKey: snapshot.signingKey,
      resignedAt: undefined,
    })
    void get().runSimulation()
  }
  return {
    past: [],
    future: [],
    checkpoint() {
      const current = snapshotOf(get())
      if (current) set((s) => ({ past: [...s.past, current].slice(-HISTORY_LIMIT), future: [] }))
    },
    undo() {
      const { past, future } = get()
      const previous = past.at(-1)
      const current = snapshotOf(get())
      if (!previous || !current) return
      set({ past: past.slice(0, -1), future: [current, ...future] })
      restore(previous)
    },
    redo() {
      const { past, future } = get()
      const next = future[0]
      const current = snapshotOf(get())
      if (!next || !current) return
      set({ past: [...past, current].slice(-HISTORY_LIMIT), future: future.slice(1) })
      restore(next)
    },
  }
}
