import type { StateCreator } from 'zustand'
import type { Step } from '../engine'
import type { AppState } from './store'

/** Playback speeds: multipliers of the base step duration (1× ≈ 1.6 s per step). */
export const PLAYBACK_SPEEDS = [0.5, 1, 2, 4] as const

/** Trust statements and conditions may fail one by one while another statement still allows. */
const LOCAL_CHECKS: readonly string[] = ['trust.statement', 'trust.condition']

/**
 * The last step the flow can reach: the step where the chain stops (the first failure that is not
 * a single trust statement or condition), else the last step. Steps after it are skipped by the
 * engine and have nothing to show.
 */
export function flowEnd(steps: readonly Step[]): number {
  const stop = steps.findIndex((s) => s.status === 'fail' && !LOCAL_CHECKS.includes(s.kind))
  return stop >= 0 ? stop : Math.max(0, steps.length - 1)
}

export interface PlaybackSlice {
  /** The cursor over `trace.steps`: the flow shows steps 0..stepIndex. */
  stepIndex: number
  playing: boolean
  speed: (typeof PLAYBACK_SPEEDS)[number]
  /** Moves the cursor (clamped to 0..flowEnd). */
  seek: (index: number) => void
  stepForward: () => void
  stepBack: () => void
  /** Back to the first step, paused. */
  restart: () => void
  /** Starts or stops playback; playing from the end starts again from the first step. */
  setPlaying: (playing: boolean) => void
  setSpeed: (speed: PlaybackSlice['speed']) => void
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(n, Math.max(0, max)))

export const createPlaybackSlice: StateCreator<AppState, [], [], PlaybackSlice> = (set, get) => {
  const last = () => flowEnd(get().trace?.steps ?? [])
  return {
    stepIndex: 0,
    playing: false,
    speed: 1,
    seek: (index) => set({ stepIndex: clamp(index, last()) }),
    stepForward: () => set((s) => ({ stepIndex: clamp(s.stepIndex + 1, last()) })),
    stepBack: () => set((s) => ({ stepIndex: clamp(s.stepIndex - 1, last()) })),
    restart: () => set({ stepIndex: 0, playing: false }),
    setPlaying: (playing) =>
      set((s) => (playing && s.stepIndex >= last() ? { playing, stepIndex: 0 } : { playing })),
    setSpeed: (speed) => set({ speed }),
  }
}
