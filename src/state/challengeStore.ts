/**
 * The learner's progress with the workshop challenges, saved locally (`irsa-lab.challenges`):
 * which are solved, how many hints were shown, the set an instructor's link handed out.
 * Separate from the scenario store: progress survives any change of scenario.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { SetProblem } from '../learning/challenges/setLink'
import { appStateStorage, onForget, onOtherTabWrite } from './storage'

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
  /**
   * The challenge whose "Start this challenge" loaded the current scenario: only its check runs
   * (before that, a check would grade an unrelated scenario).
   */
  startedId?: string
  /** Per solved challenge, the share fragment of the scenario its check passed on (the proof). */
  proofs: Record<string, string>
  /** The name the learner puts on their proof links (optional, this device only). */
  displayName: string
  /** What the set link left out (not saved: it concerns the link just opened). */
  setProblem?: SetProblem
  setOpen: (open: boolean) => void
  openSet: (ids: string[]) => void
  /** A set link that was (partly) refused: the panel opens and says why. */
  setLinkProblem: (problem: SetProblem | undefined) => void
  markStarted: (id: string) => void
  /** Another scenario replaced the started one (gallery, link, file, import): no check runs. */
  endStarted: () => void
  recordProof: (id: string, share: string) => void
  setDisplayName: (name: string) => void
  showAll: () => void
  select: (id: string) => void
  markSolved: (id: string) => void
  nextHint: (id: string) => void
  reveal: (id: string) => void
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** The proof fields of saved progress, typed (anything else is dropped, never trusted). */
function savedProofFields(saved: Partial<ChallengeProgress>) {
  const proofs: Record<string, string> = {}
  if (isRecord(saved.proofs))
    for (const [id, share] of Object.entries(saved.proofs))
      if (typeof share === 'string' && share.length <= 20_000) proofs[id] = share
  return {
    proofs,
    displayName: typeof saved.displayName === 'string' ? saved.displayName.slice(0, 200) : '',
    startedId: typeof saved.startedId === 'string' ? saved.startedId : undefined,
  }
}

/** The progress of a first visit (and after Forget everything): every field, none carried over. */
const fresh = () => ({
  open: false,
  set: undefined,
  activeId: undefined,
  solved: [],
  hints: {},
  revealed: [],
  startedId: undefined,
  proofs: {},
  displayName: '',
  setProblem: undefined,
})

export const useChallengeStore = create<ChallengeProgress>()(
  persist(
    (set, get) => ({
      ...fresh(),
      setOpen: (open) => set({ open }),
      openSet: (ids) => set({ open: true, set: ids, activeId: ids[0] }),
      showAll: () => set({ set: undefined }),
      setLinkProblem: (setProblem) => set(setProblem ? { open: true, setProblem } : { setProblem }),
      markStarted: (startedId) => set({ startedId }),
      // Only when one was started: every set of a persisted store writes it.
      endStarted: () => {
        if (get().startedId !== undefined) set({ startedId: undefined })
      },
      recordProof: (id, share) =>
        set((s) => (s.proofs[id] === share ? s : { proofs: { ...s.proofs, [id]: share } })),
      setDisplayName: (displayName) => set({ displayName }),
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
      // Saved values are data from storage: the proof fields are checked before use.
      merge: (persisted, current) => {
        const saved = (persisted ?? {}) as Partial<ChallengeProgress>
        return { ...current, ...saved, ...savedProofFields(saved) }
      },
      partialize: (s) => ({
        open: s.open,
        set: s.set,
        activeId: s.activeId,
        solved: s.solved,
        hints: s.hints,
        revealed: s.revealed,
        startedId: s.startedId,
        proofs: s.proofs,
        displayName: s.displayName,
      }),
    },
  ),
)

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []

/**
 * Another tab's progress is merged, never overwritten (issue #15): what was solved, revealed or
 * proven there counts here, hints count the most shown; which challenge this tab shows, its set
 * and whether its panel is open stay this tab's.
 */
onOtherTabWrite((key, value) => {
  if (key !== CHALLENGES_STORAGE_KEY || value === null) return
  let theirs: Partial<ChallengeProgress>
  try {
    const parsed = JSON.parse(value) as { state?: unknown }
    if (!isRecord(parsed.state)) return
    theirs = parsed.state as Partial<ChallengeProgress>
  } catch {
    return
  }
  const s = useChallengeStore.getState()
  const solved = strings(theirs.solved).filter((id) => !s.solved.includes(id))
  const revealed = strings(theirs.revealed).filter((id) => !s.revealed.includes(id))
  const hints = { ...s.hints }
  let moreHints = false
  if (isRecord(theirs.hints))
    for (const [id, n] of Object.entries(theirs.hints))
      if (typeof n === 'number' && n > (hints[id] ?? 0)) {
        hints[id] = Math.min(3, Math.trunc(n))
        moreHints = true
      }
  const proofs = Object.entries(savedProofFields(theirs).proofs).filter(([id]) => !s.proofs[id])
  if (solved.length + revealed.length + proofs.length === 0 && !moreHints) return
  useChallengeStore.setState({
    solved: [...s.solved, ...solved],
    revealed: [...s.revealed, ...revealed],
    hints,
    proofs: { ...s.proofs, ...Object.fromEntries(proofs) },
  })
})

/** Forget everything: the progress in memory goes too (issue #15). */
onForget(() => useChallengeStore.setState(fresh()))
