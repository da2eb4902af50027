import { useCallback, useSyncExternalStore } from 'react'

const subscribe = (onChange: () => void) => {
  document.addEventListener('fullscreenchange', onChange)
  return () => document.removeEventListener('fullscreenchange', onChange)
}

/** Whether the page is full screen, and a toggle (Fullscreen API on the whole document). */
export function useFullscreen(): [boolean, () => void] {
  const active = useSyncExternalStore(
    subscribe,
    () => document.fullscreenElement !== null,
    () => false,
  )
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen()
    // Refused without a user gesture or inside an iframe without allowfullscreen: nothing to do.
    else void document.documentElement.requestFullscreen?.().catch(() => undefined)
  }, [])
  return [active, toggle]
}
