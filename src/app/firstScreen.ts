/**
 * When the first screen is on the glass: the first verdict committed, then the frame that paints
 * it, then an idle moment (the panels that follow the verdict have started). Work the first screen
 * does not need (the offline worker's install) waits for it.
 *
 * Views without a verdict (the workshop wall, a presentation view) or a first run that failed do
 * not wait for ever: a few seconds after the page's load event will do.
 */
import type { AppState } from '../state/store'

type Store = {
  getState: () => AppState
  subscribe: (listener: (state: AppState) => void) => () => void
}

/** The longest wait past the load event, when no verdict comes. */
export const FIRST_SCREEN_FALLBACK_MS = 5000

/** After an idle moment (or `timeout` ms at most) where requestIdleCallback exists. */
function whenIdle(timeout: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout })
    else setTimeout(resolve, 0)
  })
}

export function firstScreenPainted(store: Store): Promise<void> {
  return new Promise<void>((resolve) => {
    let stop = () => {}
    let settled = false
    const settle = () => {
      if (settled) return
      settled = true
      stop()
      resolve()
    }
    const painted = () =>
      requestAnimationFrame(() => setTimeout(() => void whenIdle(2000).then(settle), 0))
    if (store.getState().verdictTrace) painted()
    else
      stop = store.subscribe((state) => {
        if (!state.verdictTrace) return
        stop()
        painted()
      })
    const fallback = () => setTimeout(settle, FIRST_SCREEN_FALLBACK_MS)
    if (document.readyState === 'complete') fallback()
    else window.addEventListener('load', fallback, { once: true })
  })
}
