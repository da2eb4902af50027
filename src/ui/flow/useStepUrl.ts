import { useEffect } from 'react'
import { useAppStore } from '../../state/store'
import { parseStepParam, withStepParam } from './stepParam'

/**
 * The deep link: opens at `?step=<index>` and keeps the URL on the current step as the cursor moves
 * (replaceState: stepping does not fill the history). Mount once per page, after the trace exists.
 */
export function useStepUrl() {
  useEffect(() => {
    const start = parseStepParam(window.location.search)
    if (start !== undefined) useAppStore.getState().seek(start)
    return useAppStore.subscribe((state, previous) => {
      if (state.stepIndex === previous.stepIndex) return
      const href = withStepParam(window.location.href, state.stepIndex)
      if (href !== window.location.href) window.history.replaceState(window.history.state, '', href)
    })
  }, [])
}
