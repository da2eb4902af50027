import { DeckGate } from '../deck/DeckGate'
import { FollowView } from '../follow/FollowView'
import type { AppMode } from './appMode'
import { EmbedView } from './EmbedView'
import { PresenterView } from './PresenterView'
import { PresentView } from './PresentView'
import '../flow/flow.css'
import './presentation.css'

/**
 * Presentation (`?view=present`, or a deck link), the presenter's window (`presenter`), the embed
 * (`embed`) and the phone's follow view (`follow`). None of them writes the user's autosave.
 */
export function ModeView({ mode }: { mode: Exclude<AppMode, 'playground' | 'wall'> }) {
  if (mode === 'embed') return <EmbedView />
  if (mode === 'follow') return <FollowView />
  return <DeckGate>{mode === 'presenter' ? <PresenterView /> : <PresentView />}</DeckGate>
}
