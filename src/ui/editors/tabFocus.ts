/**
 * Whether Tab moves the focus out of the editors (Monaco's tab-focus mode). On by default, so the
 * keyboard is never trapped (WCAG 2.1.2); Ctrl+M (Ctrl+Shift+M on macOS) toggles it to insert a
 * tab. Monaco's mode is global to all editors; monacoSetup.ts mirrors it here so the hint next to
 * the editor says which way it is, without importing Monaco.
 */
import { useSyncExternalStore } from 'react'

let tabMovesFocus = true
const listeners = new Set<() => void>()

export function setTabMovesFocus(value: boolean) {
  if (value === tabMovesFocus) return
  tabMovesFocus = value
  for (const listener of listeners) listener()
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Whether Tab leaves the editor now. */
export function useTabMovesFocus(): boolean {
  return useSyncExternalStore(subscribe, () => tabMovesFocus)
}
