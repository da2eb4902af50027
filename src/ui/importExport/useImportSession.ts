/** The import panel's state: the pasted text, what it holds, and what was applied before. */
import { useDeferredValue, useMemo, useState } from 'react'
import { detectPaste } from '../../scenarios/import/detect'
import type { Detection } from '../../scenarios/import/types'
import { useAppStore } from '../../state/store'
import { fieldsFilled, patchToApply, stillMissing, type DraftField } from './importSession'

export function useImportSession() {
  const [text, setText] = useState('')
  // The user's clock when they pasted: a real token is checked at that instant.
  const [pastedAt, setPastedAt] = useState<string>()
  const [applied, setApplied] = useState<Detection[]>([])
  const [lastApplied, setLastApplied] = useState<DraftField[]>([])
  const deferred = useDeferredValue(text)
  const detections = useMemo(() => detectPaste(deferred, { now: pastedAt }), [deferred, pastedAt])
  const pending = useMemo(() => detections.filter((d) => d.kind !== 'unknown'), [detections])
  const fields = useMemo(() => fieldsFilled(pending), [pending])
  const missing = useMemo(() => stillMissing(applied), [applied])

  return {
    text,
    /** The text the detections were made from (lags behind typing). */
    deferredText: deferred,
    detections,
    fields,
    missing,
    lastApplied,
    edit(next: string) {
      setText(next)
      setPastedAt(new Date().toISOString())
      setLastApplied([])
    },
    /** Applies what was detected, on the user's click: an undoable change, the trace follows. */
    apply() {
      if (fields.length === 0) return
      useAppStore.getState().applyChange(patchToApply(applied, pending))
      setApplied([...applied, ...pending])
      setLastApplied(fields)
      setText('')
    },
    clear() {
      setText('')
      setLastApplied([])
    },
  }
}
