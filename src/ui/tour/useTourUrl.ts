import { useEffect } from 'react'
import { parseTourParam, withTourParam } from '../../learning/tour/progress'
import { goToStop } from './prepareStop'
import { useTourStore, type TourState } from '../../state/tourStore'

// Once per page: React's StrictMode runs effects twice in development.
let linked = false

/**
 * The tour's deep link: `?tour=<n>` (1-based) opens stop n on load, and while the tour is open
 * the URL names its stop (replaceState: moving between stops does not fill the history).
 */
export function useTourUrl() {
  useEffect(() => {
    if (!linked) {
      linked = true
      const start = parseTourParam(window.location.search)
      if (start !== undefined) void goToStop(start)
    }
    const sync = (s: Pick<TourState, 'open' | 'current'>) => {
      const href = withTourParam(window.location.href, s.open ? s.current : undefined)
      if (href !== window.location.href) window.history.replaceState(window.history.state, '', href)
    }
    sync(useTourStore.getState())
    return useTourStore.subscribe(sync)
  }, [])
}
