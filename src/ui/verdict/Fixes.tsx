import { useMemo } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { Trace } from '../../engine'
import { fixesFor, type Fix } from '../../scenarios/fixes'
import { useAppStore } from '../../state/store'

/** Applies a fix (undoable), re-runs at once and puts focus back on the verdict's heading. */
function applyFix(fix: Fix) {
  const { draft, applyChange, runSimulation } = useAppStore.getState()
  if (!draft) return
  applyChange(fix.apply(draft))
  void runSimulation().then(() => document.getElementById('verdict-title')?.focus())
}

/** The fix for the failure, as buttons; nothing when no fix exists. */
export function Fixes({ trace }: { trace: Trace }) {
  const { t } = useTranslation()
  // The run's draft (the fixes are for its trace), not every keystroke's; a fix applies to `draft`.
  const draft = useAppStore((s) => s.settledDraft)
  const publicJwk = useAppStore((s) => s.signingKey?.publicJwk) as
    Record<string, unknown> | undefined
  const fixes = useMemo(
    () => (draft ? fixesFor(draft, trace, publicJwk ? { publicJwk } : {}) : []),
    [draft, trace, publicJwk],
  )
  if (fixes.length === 0) return null
  return (
    <div className="fixes" role="group" aria-label={t('verdict.fixesTitle')}>
      {fixes.map((fix) => (
        <button
          key={fix.id}
          type="button"
          className="button button--fix"
          onClick={() => applyFix(fix)}
        >
          {t(fix.labelKey, fix.labelValues)}
        </button>
      ))}
    </div>
  )
}
