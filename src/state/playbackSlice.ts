import type { StateCreator } from 'zustand'
import type { AppState } from './store'

/** Playback speeds: seconds per step at 1×. */
export const PLAYBACK_SPEEDS = [0.5, 1, 2, 4] as const

export interface PlaybackSlice {
  /** The cursor over `trace.steps`: the flow shows steps 0..stepIndex. */
  stepIndex: number
  playing: boolean
  speed: (typeof PLAYBACK_SPEEDS)[number]
  /** Moves the cursor (clamped to the trace). */
  seek: (index: number) => void
  stepForward: () => void
  stepBack: () => void
  setPlaying: (playing: boolean) => void
  setSpeed: (speed: PlaybackSlice['speed']) => void
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(n, Math.max(0, max)))

export const createPlaybackSlice: StateCreator<AppState, [], [], PlaybackSlice> = (set, get) => {
  const last = () => (get().trace?.steps.length ?? 1) - 1
  return {
    stepIndex: 0,
    playing: false,
    speed: 1,
    seek: (index) => set({ stepIndex: clamp(index, last()) }),
    stepForward: () => set((s) => ({ stepIndex: clamp(s.stepIndex + 1, last()) })),
    stepBack: () => set((s) => ({ stepIndex: clamp(s.stepIndex - 1, last()) })),
    setPlaying: (playing) => set({ playing }),
    setSpeed: (speed) => set({ speed }),
  }
}
