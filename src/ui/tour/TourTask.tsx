import { useEffect } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { baseline } from '../../learning/tour/checks'
import { needsBaseline, type TourStop } from '../../learning/tour/stops'
import { useAppStore } from '../../state/store'
import { WithGlossary } from '../glossary/WithGlossary'
import { focusTarget } from './focusTarget'
import { loadBaseline } from './prepareStop'
import { useTourStore } from '../../state/tourStore'

const GO_TO = {
  inspector: 'goToInspector',
  editors: 'goToEditors',
  verdict: 'goToVerdict',
} as const

/**
 * The stop's task: what to do, whether the trace shows it done (checked on every run), a way to
 * the place it happens, "Show me" (undoable) and, when needed, the scenario the stop starts from.
 */
export function TourTask({ stop }: { stop: TourStop }) {
  const { t } = useTranslation()
  const passed = useAppStore((s) =>
    Boolean(s.trace && s.draft && s.status === 'ready' && stop.check?.(s.trace, s.draft)),
  )
  const onBaseline = useAppStore((s) => Boolean(s.trace && s.draft && baseline(s.trace, s.draft)))
  const doneBefore = useTourStore((s) => s.done.includes(stop.id))
  const preparing = useTourStore((s) => s.preparing)
  const done = passed || doneBefore

  useEffect(() => {
    if (passed) useTourStore.getState().complete(stop.id)
  }, [passed, stop.id])

  const showMe = () => {
    const draft = useAppStore.getState().draft
    const patch = draft && stop.demo?.(draft)
    if (patch) useAppStore.getState().applyChange(patch)
  }

  return (
    <section className={`tour__task${done ? ' tour__task--done' : ''}`} aria-labelledby="tour-task">
      <h3 id="tour-task" className="tour__task-title">
        {t('tour.panel.task')}
        {done && <span className="tour__badge"> ✓ {t('tour.panel.taskDone')}</span>}
      </h3>
      <p className="tour__text">
        <WithGlossary text={t(`tour.stops.${stop.id}.task`)} />
      </p>
      <p role="status" className={done ? 'tour__result tour__result--done' : 'tour__result'}>
        {done ? t(`tour.stops.${stop.id}.success`) : t('tour.panel.waiting')}
      </p>
      <div className="tour__actions">
        {stop.focus && (
          <button type="button" onClick={() => focusTarget(stop.focus!)}>
            {t(`tour.panel.${GO_TO[stop.focus]}`)}
          </button>
        )}
        {stop.demo && !passed && (
          <button type="button" title={t('tour.panel.showMeHint')} onClick={showMe}>
            {t('tour.panel.showMe')}
          </button>
        )}
      </div>
      {needsBaseline(stop) && !onBaseline && !passed && (
        <div className="tour__baseline">
          <p className="muted">{t('tour.panel.baselineMissing')}</p>
          <button type="button" disabled={preparing} onClick={() => void loadBaseline()}>
            {t('tour.panel.loadBaseline')}
          </button>
        </div>
      )}
    </section>
  )
}
