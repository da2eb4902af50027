/** Small React hooks of the flow: the cursor, the reduced-motion preference, the diagram's shape. */
import { useEffect, useLayoutEffect, useState, useSyncExternalStore, type RefObject } from 'react'
import type { IrsaStep, IrsaTrace } from '../../engine'
import { flowEnd } from '../../state/playbackSlice'
import { useAppStore } from '../../state/store'
import type { Orientation } from './layout'

export interface FlowCursor {
  trace?: IrsaTrace
  steps: readonly IrsaStep[]
  /** The cursor, clamped to 0..end (the store may hold an index from a previous, longer trace). */
  index: number
  /** The last reachable step: where the chain stops. */
  end: number
  current?: IrsaStep
}

const NO_STEPS: readonly IrsaStep[] = []

/** The trace and the cursor over it. */
export function useFlowCursor(): FlowCursor {
  const trace = useAppStore((s) => s.trace)
  const stepIndex = useAppStore((s) => s.stepIndex)
  const steps = trace?.steps ?? NO_STEPS
  const end = flowEnd(steps)
  const index = Math.min(Math.max(0, stepIndex), end)
  return { trace, steps, index, end, current: steps[index] }
}

const REDUCE = '(prefers-reduced-motion: reduce)'

function subscribeMotion(onChange: () => void) {
  const query = window.matchMedia(REDUCE)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

/** True when the user asked for less motion: steps then change instantly. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribeMotion,
    () => window.matchMedia(REDUCE).matches,
    () => false,
  )
}

/** Below this width (CSS pixels) the diagram is drawn upright, as on a phone. */
export const PORTRAIT_BELOW = 560

/**
 * On a stage, the smallest text size allowed on the diagram in its user units: the container's
 * font size (the stage's smallest text, CSS pixels) over the diagram's scale. Undefined off stage.
 */
export function useStageUnits(
  ref: RefObject<HTMLElement | null>,
  stage: boolean,
  viewBoxWidth = 1000,
): number | undefined {
  const [units, setUnits] = useState<number | undefined>(undefined)
  useEffect(() => {
    const el = ref.current
    if (!el || !stage) return
    const update = () => {
      // The drawing's scale: the SVG keeps its aspect ratio inside its box ("meet").
      const svg = el.querySelector('svg')
      const box = (svg ?? el).getBoundingClientRect()
      const view = svg?.viewBox.baseVal
      const scale = Math.min(
        box.width / (view?.width || viewBoxWidth),
        view?.height ? box.height / view.height : Infinity,
      )
      const px = parseFloat(getComputedStyle(el).fontSize)
      if (scale > 0 && px > 0) setUnits(Math.ceil((px / scale) * 10) / 10)
    }
    update()
    const observer = new ResizeObserver(update)
    observer.observe(el)
    return () => observer.disconnect()
  }, [ref, stage, viewBoxWidth])
  return stage ? units : undefined
}

/**
 * Landscape or portrait, from the width of the element the diagram sits in. Measured before the
 * first paint (a layout effect): a first frame in the other orientation, then the switch, would
 * move everything below the diagram (a layout shift on the first visit).
 */
export function useOrientation(ref: RefObject<HTMLElement | null>): Orientation {
  const [orientation, setOrientation] = useState<Orientation>('landscape')
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const update = (width: number) =>
      setOrientation(width < PORTRAIT_BELOW ? 'portrait' : 'landscape')
    update(el.getBoundingClientRect().width)
    const observer = new ResizeObserver(([entry]) => entry && update(entry.contentRect.width))
    observer.observe(el)
    return () => observer.disconnect()
  }, [ref])
  return orientation
}
