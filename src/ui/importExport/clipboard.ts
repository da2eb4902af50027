/** Copy and download: the only two ways text leaves the page, both on the user's click. */
import { useEffect, useRef, useState } from 'react'

export type CopyState = 'idle' | 'done' | 'failed'

/** Copies text to the clipboard; the state says how it went, for two seconds. */
export function useCopy(): [CopyState, (text: string) => void] {
  const [state, setState] = useState<CopyState>('idle')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  const copy = (text: string) => {
    const done = (next: CopyState) => {
      setState(next)
      clearTimeout(timer.current)
      timer.current = setTimeout(() => setState('idle'), 2000)
    }
    if (!navigator.clipboard) return done('failed')
    navigator.clipboard.writeText(text).then(
      () => done('done'),
      () => done('failed'),
    )
  }
  return [state, copy]
}

/** Saves text as a file through a blob: URL (same origin; nothing is uploaded). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  // Revoked after the click has been handled: the download keeps its own reference.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
