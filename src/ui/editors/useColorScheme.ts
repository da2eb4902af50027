import { useSyncExternalStore } from 'react'
import { useAppStore } from '../../state/store'

const QUERY = '(prefers-color-scheme: dark)'

function subscribe(onChange: () => void) {
  const media = window.matchMedia?.(QUERY)
  media?.addEventListener('change', onChange)
  return () => media?.removeEventListener('change', onChange)
}

const systemIsDark = () => window.matchMedia?.(QUERY).matches ?? false

/** The colour scheme in effect: the user's choice, or the system's when they chose "system". */
export function useColorScheme(): 'light' | 'dark' {
  const theme = useAppStore((s) => s.theme)
  const dark = useSyncExternalStore(subscribe, systemIsDark, () => false)
  if (theme === 'system') return dark ? 'dark' : 'light'
  return theme
}
