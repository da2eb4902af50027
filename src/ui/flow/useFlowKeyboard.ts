import { useEffect, useLayoutEffect, useRef } from 'react'
import { flowEnd } from '../../state/playbackSlice'
import { useAppStore } from '../../state/store'
import { flowKeyAction, ownsKey, type FlowKeyAction } from './keyboard'

/** Extra actions a presentation handles itself (full screen, presenter view, QR code). */
export type KeyHandlers = Partial<
  Record<Extract<FlowKeyAction, 'fullscreen' | 'presenter' | 'qr'>, () => void>
>

/** Runs a cursor action through the store, so keyboard code needs no component state. */
export function runFlowAction(action: FlowKeyAction) {
  const s = useAppStore.getState()
  const end = flowEnd(s.trace?.steps ?? [])
  if (action === 'next') s.stepForward()
  else if (action === 'prev') s.stepBack()
  else if (action === 'first') s.seek(0)
  else if (action === 'last') s.seek(end)
  else if (action === 'toggle') s.setPlaying(!s.playing)
  // A key press takes over from playback, as on a slide deck.
  if (action !== 'toggle' && s.playing) s.setPlaying(false)
}

/**
 * The flow's keys on the whole page, except where a field, an editor or a control owns the key.
 * In a presentation every clicker key moves one step and F, P, Q open what `handlers` give.
 */
export function useFlowKeyboard(presentation: boolean, handlers: KeyHandlers = {}) {
  const handlersRef = useRef(handlers)
  useEffect(() => {
    handlersRef.current = handlers
  })
  // A layout effect: the keys work from the frame the flow first paints in (a passive effect runs
  // a task later, and a key pressed in between was lost).
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      const action = flowKeyAction(event, presentation)
      if (!action || ownsKey(event.target as Element | null, event.key)) return
      event.preventDefault()
      if (action === 'fullscreen' || action === 'presenter' || action === 'qr')
        handlersRef.current[action]?.()
      else runFlowAction(action)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [presentation])
}
