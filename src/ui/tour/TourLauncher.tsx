import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { TOUR_STOPS } from '../../learning/tour/stops'
import { GlossaryDialog } from '../glossary/GlossaryDialog'
import { useGlossaryStore } from '../../state/glossaryStore'
import { goToStop } from './prepareStop'
import { TourPanel } from './TourPanel'
import { useTourStore } from '../../state/tourStore'
import { useTourUrl } from './useTourUrl'
import './tour.css'

/**
 * The toolbar's entry to the learning layer: the guided tour (start, or resume where the learner
 * stopped) and the full glossary. Also opens a `?tour=<n>` deep link.
 */
export function TourLauncher() {
  const { t } = useTranslation()
  const open = useTourStore((s) => s.open)
  const current = useTourStore((s) => s.current)
  const started = useTourStore((s) => s.current > 0 || s.done.length > 0)
  const launcher = useRef<HTMLButtonElement>(null)
  useTourUrl()

  const close = () => {
    useTourStore.getState().hide()
    launcher.current?.focus()
  }

  return (
    <>
      <button
        ref={launcher}
        type="button"
        aria-expanded={open}
        aria-controls={open ? 'tour-panel' : undefined}
        onClick={() => (open ? close() : void goToStop(current))}
      >
        {started && !open
          ? t('tour.launcher.resume', { n: current + 1, total: TOUR_STOPS.length })
          : t('tour.launcher.start')}
      </button>
      <button type="button" onClick={() => useGlossaryStore.getState().openGlossary()}>
        {t('glossary.open')}
      </button>
      {open && <TourPanel onClose={close} />}
      <GlossaryDialog />
    </>
  )
}
