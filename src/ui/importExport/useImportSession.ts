/** The import panel's state: the pasted text, what it holds, and what was applied before. */
import { useDeferredValue, useMemo, useState } from 'react'
import { detectPaste } from '../../scenarios/import/detect'
import { applyImport, isImported } from '../../scenarios/import/replace'
import type { Detection } from '../../scenarios/import/types'
import { useChallengeStore } from '../../state/challengeStore'
import { useAppStore } from '../../state/store'
import { useSameValue } from '../../state/useSameValue'
import {
  fieldsFilled,
  patchToApply,
  stillMissing,
  stillMissingIn,
  type DraftField,
} from './importSession'

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
  // After an import the scenario holds only what was pasted: what it lacks is still missing.
  // The draft as of the latest run, not every keystroke's.
  const draft = useAppStore((s) => s.settledDraft)
  // Kept by value: each run's draft gives an equal list, and the hidden panel does not re-render.
  const missing = useSameValue(
    useMemo(
      () => (isImported(draft) ? stillMissingIn(draft!, applied) : stillMissing(applied)),
      [applied, draft],
    ),
  )

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
      // The paste replaces the whole scenario (or fills in an earlier import): nothing of an
      // example survives, what it lacks is "not provided" (scenarios/import/replace.ts).
      const { draft, applyChange } = useAppStore.getState()
      applyChange(
        applyImport(draft, patchToApply(applied, pending), pastedAt ?? new Date().toISOString()),
      )
      // The pasted scenario is not a started challenge's: its check no longer grades it.
      useChallengeStore.getState().endStarted()
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
