import { useTranslation } from '../../i18n/useTranslation'
import { useTriageStore } from '../../state/triageStore'
import type { TourStop } from '../../learning/tour/stops'
import { WithGlossary } from '../glossary/WithGlossary'
import { LeakedKeyWidget } from './LeakedKeyWidget'
import { SessionWidget } from './SessionWidget'
import { TourTask } from './TourTask'

/** One stop: its paragraphs (terms linked to the glossary), its exercise and its task. */
export function TourStopBody({ stop }: { stop: TourStop }) {
  const { t } = useTranslation()
  const paragraphs = Array.from({ length: stop.paragraphs }, (_, i) => i + 1)
  return (
    <>
      {paragraphs.map((n) => (
        <p key={n} className="tour__text">
          <WithGlossary text={t(`tour.stops.${stop.id}.p${n}`)} />
        </p>
      ))}
      {stop.widget === 'leaked-key' && <LeakedKeyWidget />}
      {stop.widget === 'session' && <SessionWidget />}
      {stop.next === 'triage' && (
        <p className="tour__text">
          <button type="button" onClick={() => useTriageStore.getState().openTriage()}>
            {t('triage.tourButton')}
          </button>
        </p>
      )}
      <TourTask stop={stop} />
    </>
  )
}
