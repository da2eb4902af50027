import { useSyncExternalStore } from 'react'
import { useAppStore } from '../../state/store'

const QUERY = '(prefers-color-scheme: dark)'

/** One query list for the page: React asks for the snapshot on every render of every user. */
let media: MediaQueryList | undefined
const query = () => (media ??= window.matchMedia?.(QUERY))

function subscribe(onChange: () => void) {
  const list = query()
  list?.addEventListener('change', onChange)
  return () => list?.removeEventListener('change', onChange)
}

const systemIsDark = () => query()?.matches ?? false

/** The colour scheme in effect: the user's choice, or the system's when they chose "system". */
export function useColorScheme(): 'light' | 'dark' {
  const theme = useAppStore((s) => s.theme)
  const dark = useSyncExternalStore(subscribe, systemIsDark, () => false)
  if (theme === 'system') return dark ? 'dark' : 'light'
  return theme
}
