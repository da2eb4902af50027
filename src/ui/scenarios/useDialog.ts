import { useCallback, useRef } from 'react'

/** A native <dialog> opened as a modal: focus is trapped and Escape closes it (the browser's). */
export function useDialog() {
  const ref = useRef<HTMLDialogElement>(null)
  const open = useCallback(() => ref.current?.showModal(), [])
  const close = useCallback(() => ref.current?.close(), [])
  return [ref, open, close] as const
}
