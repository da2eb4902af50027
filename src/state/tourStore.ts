/**
 * The tour's own small store: where the learner is and which tasks are done, saved through the
 * one storage module (`irsa-lab.tour`) on every change. Kept apart from the app store: the tour is a
 * reader of the scenario, not part of it (share links and undo never carry it).
 */
import { create } from 'zustand'
import {
  clampStop,
  loadProgress,
  markDone,
  saveProgress,
  type TourProgress,
} from '../learning/tour/progress'
import type { TourStopId } from '../learning/tour/stops'
import { readItem, writeItem } from './storage'

export interface TourState extends TourProgress {
  /** A stop is loading the scenario it starts from. */
  preparing: boolean
  show: (index: number) => void
  hide: () => void
  complete: (id: TourStopId) => void
  setPreparing: (preparing: boolean) => void
}

/** The one storage module (never throws; a full or blocked storage is shown in the header). */
const storage = () => ({ getItem: readItem, setItem: writeItem })

export const useTourStore = create<TourState>()((set) => ({
  ...loadProgress(storage()),
  preparing: false,
  show: (index) => set({ current: clampStop(index), open: true }),
  hide: () => set({ open: false }),
  complete: (id) => set((s) => markDone(s, id)),
  setPreparing: (preparing) => set({ preparing }),
}))

useTourStore.subscribe((s, previous) => {
  if (s.current === previous.current && s.done === previous.done && s.open === previous.open) return
  saveProgress(storage(), { current: s.current, done: s.done, open: s.open })
})
