/**
 * The tour's own small store: where the learner is and which tasks are done, saved through the
 * one storage module (`irsa-lab.tour`) on every change. Kept apart from the app store: the tour is a
 * reader of the scenario, not part of it (share links and undo never carry it).
 */
import { create } from 'zustand'
import {
  clampStop,
  FRESH_PROGRESS,
  loadProgress,
  markDone,
  parseProgress,
  saveProgress,
  TOUR_STORAGE_KEY,
  type TourProgress,
} from '../learning/tour/progress'
import type { TourStopId } from '../learning/tour/stops'
import { onForget, onOtherTabWrite, readItem, writeItem } from './storage'

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

/**
 * Another tab's progress is merged, never overwritten (issue #15): tasks done there are done
 * here too; where this tab is in the tour, and whether its panel is open, stay this tab's.
 */
onOtherTabWrite((key, value) => {
  if (key !== TOUR_STORAGE_KEY || value === null) return
  const theirs = parseProgress(value)
  const s = useTourStore.getState()
  const added = theirs.done.filter((id) => !s.done.includes(id))
  if (added.length > 0) useTourStore.setState({ done: [...s.done, ...added] })
})

/** Forget everything: the tour starts over in memory too (issue #15). */
onForget(() => useTourStore.setState({ ...FRESH_PROGRESS }))
