import type { StateCreator } from 'zustand'
import type { AppState } from './store'

export interface SelectionSlice {
  /** The step whose refs the editors highlight. */
  selectedStepId?: string
  selectStep: (id: string | undefined) => void
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectStep: (selectedStepId) => set({ selectedStepId }),
})
