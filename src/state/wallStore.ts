/**
 * The workshop host's wall (`?view=wall`): the proof-of-solve links the host pasted, saved on this
 * device only (`irsa-lab.wall`, through the one storage module) and clearable. Only the links are
 * kept: every verdict is recomputed by the engine when the wall opens, never stored or trusted.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { MAX_PROOF_LINK_LENGTH } from '../learning/challenges/proof'
import { appStateStorage, onForget } from './storage'

export const WALL_STORAGE_KEY = 'irsa-lab.wall'
/** A wall holds at most this many links (a large workshop's proofs, and far below the item cap). */
export const MAX_WALL_LINKS = 300

export interface AddResult {
  added: number
  /** Already on the wall (or twice in the paste). */
  duplicates: number
  /** Left out: the wall is full. */
  overflow: number
}

export interface WallState {
  links: string[]
  /** Adds the non-empty lines of a paste, each once; too-long lines are kept (they show as invalid). */
  add: (text: string) => AddResult
  remove: (link: string) => void
  clear: () => void
}

/** A pasted line as stored: trimmed, and cut at the proof bound plus one (it stays invalid). */
const entry = (line: string) => line.trim().slice(0, MAX_PROOF_LINK_LENGTH + 1)

export const useWallStore = create<WallState>()(
  persist(
    (set, get) => ({
      links: [],
      add(text) {
        const links = [...get().links]
        const result: AddResult = { added: 0, duplicates: 0, overflow: 0 }
        for (const line of text.split(/\r?\n/)) {
          const link = entry(line)
          if (!link) continue
          if (links.includes(link)) result.duplicates++
          else if (links.length >= MAX_WALL_LINKS) result.overflow++
          else {
            links.push(link)
            result.added++
          }
        }
        if (result.added > 0) set({ links })
        return result
      },
      remove: (link) => set((s) => ({ links: s.links.filter((l) => l !== link) })),
      clear: () => set({ links: [] }),
    }),
    {
      name: WALL_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => appStateStorage),
      partialize: (s) => ({ links: s.links }),
      // Saved links are data from storage: strings only, bounded, each once.
      merge: (persisted, current) => {
        const saved = (persisted ?? {}) as { links?: unknown }
        const links = Array.isArray(saved.links)
          ? [...new Set(saved.links.filter((l): l is string => typeof l === 'string').map(entry))]
              .filter(Boolean)
              .slice(0, MAX_WALL_LINKS)
          : []
        return { ...current, links }
      },
    },
  ),
)

/** Forget everything: the pasted links in memory go too (issue #15). */
onForget(() => useWallStore.setState({ links: [] }))
