import { useEffect } from 'react'
import type { Trace } from '../../engine'
import { measureVerdict, takeRunStart } from '../../state/traceSlice'

/**
 * User Timing for `npm run bench`: ends a run's measure at the first frame after React committed
 * the verdict it computed, i.e. when the verdict is on screen (not merely in the store).
 */
export function useVerdictTiming(trace: Trace) {
  useEffect(() => {
    const start = takeRunStart(trace)
    if (start === undefined || typeof requestAnimationFrame !== 'function') return
    requestAnimationFrame(() => measureVerdict(start))
  }, [trace])
}
