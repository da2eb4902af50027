import { useEffect } from 'react'
import { useAppStore } from '../../state/store'

/** One step lasts this long at 1×; the travelling animation takes about half of it. */
export const STEP_MS = 1600

/**
 * While `playing`, advances the cursor one step per STEP_MS / speed and stops at the end of the
 * flow (the credentials, or the step where the chain stops). One timer per step: no animation
 * loop runs in JavaScript, the browser animates with CSS.
 */
export function usePlayback(index: number, end: number) {
  const playing = useAppStore((s) => s.playing)
  const speed = useAppStore((s) => s.speed)
  useEffect(() => {
    if (!playing) return
    const { setPlaying, stepForward } = useAppStore.getState()
    if (index >= end) {
      setPlaying(false)
      return
    }
    const timer = setTimeout(stepForward, STEP_MS / speed)
    return () => clearTimeout(timer)
  }, [playing, speed, index, end])
}
