import { useTranslation } from '../../i18n/useTranslation'
import { TOUR_STOPS } from '../../learning/tour/stops'
import { useChallengeStore } from '../../state/challengeStore'
import { useGlossaryStore } from '../../state/glossaryStore'
import { useToolDialogStore } from '../../state/toolDialogStore'
import { useTourStore } from '../../state/tourStore'
import { useTriageStore } from '../../state/triageStore'

/** The id of the tour's button: the tour panel gives focus back to it when it closes. */
export const TOUR_LAUNCHER_ID = 'tour-launcher'

/**
 * The toolbar's tools beyond the scenario itself: import, triage, export, the account audit, the
 * tour, the glossary, the challenges and IRSA vs Pod Identity. The buttons are on the first screen
 * (their labels are in the first screen's messages), so nothing moves when the panels they open
 * load after the verdict (src/ui/scenarios/LearningTools.tsx); a click made before that opens its
 * panel as soon as it is there.
 */
export function ToolButtons() {
  const { t } = useTranslation()
  const show = useToolDialogStore((s) => s.show)
  const tourOpen = useTourStore((s) => s.open)
  const tourCurrent = useTourStore((s) => s.current)
  const tourStarted = useTourStore((s) => s.current > 0 || s.done.length > 0)
  const challengesOpen = useChallengeStore((s) => s.open)
  const solved = useChallengeStore((s) => s.solved.length)

  const toggleTour = () => {
    if (tourOpen) {
      useTourStore.getState().hide()
      return
    }
    void import('../tour/prepareStop').then((m) => m.goToStop(tourCurrent))
  }

  return (
    <>
      <div className="toolbar__io" role="group" aria-label={t('scenarios.tools.label')}>
        <button type="button" aria-haspopup="dialog" onClick={() => show('import')}>
          <span aria-hidden="true">⇣ </span>
          {t('scenarios.tools.import')}
        </button>
        <button
          type="button"
          aria-haspopup="dialog"
          onClick={() => useTriageStore.getState().openTriage()}
        >
          <span aria-hidden="true">⚑ </span>
          {t('scenarios.tools.triage')}
        </button>
        <button type="button" aria-haspopup="dialog" onClick={() => show('export')}>
          <span aria-hidden="true">⇡ </span>
          {t('scenarios.tools.export')}
        </button>
        <button type="button" aria-haspopup="dialog" onClick={() => show('audit')}>
          <span aria-hidden="true">▦ </span>
          {t('scenarios.tools.audit')}
        </button>
      </div>
      <button
        id={TOUR_LAUNCHER_ID}
        type="button"
        aria-expanded={tourOpen}
        aria-controls={tourOpen ? 'tour-panel' : undefined}
        onClick={toggleTour}
      >
        {tourStarted && !tourOpen
          ? t('scenarios.tools.tourResume', { n: tourCurrent + 1, total: TOUR_STOPS.length })
          : t('scenarios.tools.tour')}
      </button>
      <button type="button" onClick={() => useGlossaryStore.getState().openGlossary()}>
        {t('scenarios.tools.glossary')}
      </button>
      <button
        type="button"
        aria-expanded={challengesOpen}
        aria-controls="challenges-panel"
        onClick={() => useChallengeStore.getState().setOpen(!challengesOpen)}
      >
        {t('scenarios.tools.challenges')}
        {solved > 0 && <span className="challenges__count"> ✓ {solved}</span>}
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => show('podIdentity')}>
        {t('scenarios.tools.podIdentity')}
      </button>
    </>
  )
}
