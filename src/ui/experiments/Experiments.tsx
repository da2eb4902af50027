import { useMemo, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { experimentsFor, type Experiment } from '../../learning/experiments/experiments'
import { useAppStore } from '../../state/store'
import './experiments.css'

/** How many experiments show before "More experiments". */
const FIRST = 4

/**
 * Suggested experiments for the current scenario, relevant ones first: one click each, undoable
 * (here, or with the toolbar's Undo).
 */
export function Experiments() {
  const { t } = useTranslation()
  // The run's draft (the trace's), not every keystroke's; an experiment applies to `draft`.
  const draft = useAppStore((s) => s.settledDraft)
  const trace = useAppStore((s) => s.trace)
  const presetId = useAppStore((s) => s.presetId)
  const canUndo = useAppStore((s) => s.past.length > 0)
  const [all, setAll] = useState(false)
  const [applied, setApplied] = useState<string>()
  const experiments = useMemo(
    () => (draft && trace ? experimentsFor(draft, trace, presetId) : []),
    [draft, trace, presetId],
  )
  if (experiments.length === 0 && !applied) return null
  const label = (e: Experiment) => t(e.labelKey, e.labelValues)
  const apply = (e: Experiment) => {
    const current = useAppStore.getState().draft
    if (!current) return
    useAppStore.getState().applyChange(e.apply(current))
    setApplied(label(e))
  }
  const shown = all ? experiments : experiments.slice(0, FIRST)
  return (
    <section className="experiments" aria-labelledby="experiments-title">
      <h2 id="experiments-title">{t('experiments.title')}</h2>
      <p className="muted experiments__intro">{t('experiments.intro')}</p>
      {applied && (
        <p className="experiments__applied" role="status">
          {t('experiments.applied', { label: applied })}{' '}
          {canUndo && (
            <button
              type="button"
              onClick={() => {
                useAppStore.getState().undo()
                setApplied(undefined)
              }}
            >
              {t('experiments.undo')}
            </button>
          )}
        </p>
      )}
      <ul className="experiments__list">
        {shown.map((e) => (
          <li key={e.id}>
            <button type="button" className="experiments__button" onClick={() => apply(e)}>
              {label(e)}
            </button>
          </li>
        ))}
      </ul>
      {experiments.length > FIRST && (
        <button
          type="button"
          className="experiments__more"
          aria-expanded={all}
          onClick={() => setAll(!all)}
        >
          {all
            ? t('experiments.less')
            : t('experiments.more', { count: experiments.length - FIRST })}
        </button>
      )}
    </section>
  )
}
