import { useEffect } from 'react'
import { useAppStore } from '../state/store'

/** Reflects the theme preference on <html data-theme>; 'system' follows prefers-color-scheme. */
export function useThemeAttribute() {
  const theme = useAppStore((s) => s.theme)
  useEffect(() => {
    const root = document.documentElement
    if (theme === 'system') delete root.dataset.theme
    else root.dataset.theme = theme
  }, [theme])
}
