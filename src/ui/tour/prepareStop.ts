/**
 * What opening a stop does to the playground: it loads the blog post's working scenario when the
 * stop needs it and the current one is not (undoable, like the gallery), then selects the step
 * the stop talks about and moves the flow there. Module-level actions: no hooks needed.
 */
import type { Trace } from '../../engine'
import { baseline } from '../../learning/tour/checks'
import { needsBaseline, TOUR_PRESET, TOUR_STOPS } from '../../learning/tour/stops'
import type { ScenarioDraft } from '../../scenarios/draft'
import { useAppStore } from '../../state/store'
import { loadPreset } from '../scenarios/loadPreset'
import { useTourStore } from '../../state/tourStore'

/** Resolves with the trace once the current run has finished (at once when it has). */
export function traceReady(): Promise<{ trace: Trace; draft: ScenarioDraft }> {
  const ready = () => {
    const s = useAppStore.getState()
    return s.status === 'ready' && s.trace && s.draft ? { trace: s.trace, draft: s.draft } : null
  }
  const now = ready()
  if (now) return Promise.resolve(now)
  return new Promise((resolve) => {
    const stop = useAppStore.subscribe(() => {
      const done = ready()
      if (!done) return
      stop()
      resolve(done)
    })
  })
}

/** Loads the working scenario (undoable) and waits for its trace. */
export async function loadBaseline(): Promise<void> {
  useTourStore.getState().setPreparing(true)
  try {
    await loadPreset(TOUR_PRESET)
    await traceReady()
  } finally {
    useTourStore.getState().setPreparing(false)
  }
}

/** Opens stop `index` and sets the playground up for it. */
export async function goToStop(index: number): Promise<void> {
  useTourStore.getState().show(index)
  const stop = TOUR_STOPS[useTourStore.getState().current]
  if (!stop) return
  const ready = await traceReady()
  let trace = ready.trace
  const draft = ready.draft
  if (needsBaseline(stop) && !baseline(trace, draft)) {
    await loadBaseline()
    trace = (await traceReady()).trace
  }
  // The learner may have moved on while the scenario loaded.
  if (TOUR_STOPS[useTourStore.getState().current]?.id !== stop.id) return
  const app = useAppStore.getState()
  if (stop.stepId && trace.steps.some((s) => s.id === stop.stepId)) app.selectStep(stop.stepId)
  const at = trace.steps.findIndex((s) => s.id === stop.flowStepId)
  if (at >= 0) app.seek(at)
}
