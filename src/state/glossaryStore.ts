import { create } from 'zustand'
import type { GlossaryId } from '../learning/glossary/terms'

export interface GlossaryState {
  /** A request to show the full glossary (a new object each time), at a term when given. */
  request?: { id?: GlossaryId }
  openGlossary: (id?: GlossaryId) => void
  closeGlossary: () => void
}

/** Which part of the page asked for the full glossary: any term's popover, or the toolbar. */
export const useGlossaryStore = create<GlossaryState>()((set) => ({
  openGlossary: (id) => set({ request: id ? { id } : {} }),
  closeGlossary: () => set({ request: undefined }),
}))
