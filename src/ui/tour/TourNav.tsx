import { useRef } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { TOUR_STOPS } from '../../learning/tour/stops'
import { goToStop } from './prepareStop'
import { useTourStore } from '../../state/tourStore'

/** Previous / Next (Finish on the last stop), the stops as numbered buttons, and the progress. */
export function TourNav({ onFinish }: { onFinish: () => void }) {
  const { t } = useTranslation()
  const current = useTourStore((s) => s.current)
  const done = useTourStore((s) => s.done)
  const preparing = useTourStore((s) => s.preparing)
  const next = useRef<HTMLButtonElement>(null)
  const last = current === TOUR_STOPS.length - 1

  return (
    <footer className="tour__nav">
      <ol className="tour__stops" aria-label={t('tour.panel.stops')}>
        {TOUR_STOPS.map((stop, i) => (
          <li key={stop.id}>
            <button
              type="button"
              className={`tour__stop${done.includes(stop.id) ? ' tour__stop--done' : ''}`}
              aria-current={i === current ? 'step' : undefined}
              aria-label={`${i + 1}. ${t(`tour.stops.${stop.id}.title`)}${done.includes(stop.id) ? ` (${t('tour.panel.taskDone')})` : ''}`}
              onClick={() => void goToStop(i)}
            >
              {done.includes(stop.id) ? '✓' : i + 1}
            </button>
          </li>
        ))}
      </ol>
      <p className="tour__progress">
        {t('tour.panel.progress', { done: done.length, total: TOUR_STOPS.length })}
        {preparing && <span role="status"> · {t('tour.panel.loading')}</span>}
      </p>
      <div className="tour__buttons">
        <button
          type="button"
          disabled={current === 0}
          onClick={() => {
            // The button disables itself on the first stop: keep the focus in the panel.
            if (current === 1) next.current?.focus()
            void goToStop(current - 1)
          }}
        >
          {t('tour.panel.previous')}
        </button>
        <button
          ref={next}
          type="button"
          className="tour__primary"
          onClick={() => (last ? onFinish() : void goToStop(current + 1))}
        >
          {last ? t('tour.panel.finish') : t('tour.panel.next')}
        </button>
      </div>
    </footer>
  )
}
