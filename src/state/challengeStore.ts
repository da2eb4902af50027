/**
 * The learner's progress with the workshop challenges, saved locally (`irsa-lab.challenges`):
 * which are solved, how many hints were shown, the set an instructor's link handed out.
 * Separate from the scenario store: progress survives any change of scenario.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { appStateStorage } from './storage'

export const CHALLENGES_STORAGE_KEY = 'irsa-lab.challenges'

export interface ChallengeProgress {
  /** The panel is open. */
  open: boolean
  /** The instructor's set (from `?challenges=`); undefined: every challenge. */
  set?: string[]
  activeId?: string
  solved: string[]
  /** Hints shown per challenge (0..3). */
  hints: Record<string, number>
  /** Challenges whose solution the learner revealed. */
  revealed: string[]
  setOpen: (open: boolean) => void
  openSet: (ids: string[]) => void
  showAll: () => void
  select: (id: string) => void
  markSolved: (id: string) => void
  nextHint: (id: string) => void
  reveal: (id: string) => void
}

export const useChallengeStore = create<ChallengeProgress>()(
  persist(
    (set) => ({
      open: false,
      solved: [],
      hints: {},
      revealed: [],
      setOpen: (open) => set({ open }),
      openSet: (ids) => set({ open: true, set: ids, activeId: ids[0] }),
      showAll: () => set({ set: undefined }),
      select: (activeId) => set({ activeId }),
      markSolved: (id) => set((s) => (s.solved.includes(id) ? s : { solved: [...s.solved, id] })),
      nextHint: (id) =>
        set((s) => ({ hints: { ...s.hints, [id]: Math.min(3, (s.hints[id] ?? 0) + 1) } })),
      reveal: (id) => set((s) => (s.revealed.includes(id) ? s : { revealed: [...s.revealed, id] })),
    }),
    {
      name: CHALLENGES_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => appStateStorage),
      partialize: (s) => ({
        open: s.open,
        set: s.set,
        activeId: s.activeId,
        solved: s.solved,
        hints: s.hints,
        revealed: s.revealed,
      }),
    },
  ),
)
