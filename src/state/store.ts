/**
 * The app's one store, built from slices (zustand slices pattern). Components read it with narrow
 * selectors. The trace is recomputed in exactly one place (traceSlice.runSimulation).
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { createHistorySlice, type HistorySlice } from './historySlice'
import { createNoticeSlice, type NoticeSlice } from './noticeSlice'
import { createPlaybackSlice, type PlaybackSlice } from './playbackSlice'
import { createPreferencesSlice, type PreferencesSlice } from './preferencesSlice'
import { createScenarioSlice, type ScenarioSlice } from './scenarioSlice'
import { createSelectionSlice, type SelectionSlice } from './selectionSlice'
import { STORAGE_KEY } from './storageKey'
import { createTraceSlice, type TraceSlice } from './traceSlice'

export type AppState = ScenarioSlice &
  HistorySlice &
  NoticeSlice &
  TraceSlice &
  SelectionSlice &
  PlaybackSlice &
  PreferencesSlice

export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({
      ...createScenarioSlice(...a),
      ...createHistorySlice(...a),
      ...createNoticeSlice(...a),
      ...createTraceSlice(...a),
      ...createSelectionSlice(...a),
      ...createPlaybackSlice(...a),
      ...createPreferencesSlice(...a),
    }),
    {
      name: STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      // Autosave: the user's work and preferences; the trace is always recomputed.
      partialize: (s) => ({
        draft: s.draft,
        signingKey: s.signingKey,
        resignedAt: s.resignedAt,
        theme: s.theme,
        past: s.past.slice(-5),
      }),
    },
  ),
)
