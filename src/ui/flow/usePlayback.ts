import { useEffect } from 'react'
import { useAppStore } from '../../state/store'

/** One step lasts this long at 1×; the travelling animation takes about half of it. */
export const STEP_MS = 1600

/** How long one step stays on screen at a speed: when playing, and in a WebM recording. */
export const stepMsAt = (speed: number) => STEP_MS / speed

/**
 * While `playing`, advances the cursor one step per `stepMsAt(speed)` and stops at the end of the
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
    const timer = setTimeout(stepForward, stepMsAt(speed))
    return () => clearTimeout(timer)
  }, [playing, speed, index, end])
}
