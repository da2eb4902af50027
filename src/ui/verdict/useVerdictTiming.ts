import { useLayoutEffect } from 'react'
import type { Trace } from '../../engine'
import { measureAfterPaint, takeRunStart } from '../../state/traceSlice'

/**
 * User Timing for `npm run bench`: ends a run's measure once the frame that shows the verdict it
 * computed has been rendered, i.e. when the verdict is on screen (not merely in the store). From
 * the commit (layout effect), the next animation frame is the one that paints it; a message posted
 * from that frame is handled after its style, layout and paint.
 */
export function useVerdictTiming(trace: Trace) {
  useLayoutEffect(() => {
    const start = takeRunStart(trace)
    if (start !== undefined) measureAfterPaint(start)
  }, [trace])
}
