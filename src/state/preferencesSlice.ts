import type { StateCreator } from 'zustand'
import type { AppState } from './store'

export type ThemePreference = 'system' | 'light' | 'dark'

export interface PreferencesSlice {
  theme: ThemePreference
  setTheme: (theme: ThemePreference) => void
}

export const createPreferencesSlice: StateCreator<AppState, [], [], PreferencesSlice> = (set) => ({
  theme: 'system',
  setTheme: (theme) => set({ theme }),
})
