import { GlossaryDialog } from '../glossary/GlossaryDialog'
import { TOUR_LAUNCHER_ID } from '../scenarios/ToolButtons'
import { TourPanel } from './TourPanel'
import { useTourStore } from '../../state/tourStore'
import { useTourUrl } from './useTourUrl'
import './tour.css'

/**
 * The learning layer behind the toolbar's "Guided tour" and "Glossary" buttons
 * (src/ui/scenarios/ToolButtons.tsx): the tour panel while it is open, the full glossary, and the
 * `?tour=<n>` deep link.
 */
export function TourParts() {
  const open = useTourStore((s) => s.open)
  useTourUrl()

  const close = () => {
    useTourStore.getState().hide()
    document.getElementById(TOUR_LAUNCHER_ID)?.focus()
  }

  return (
    <>
      {open && <TourPanel onClose={close} />}
      <GlossaryDialog />
    </>
  )
}
