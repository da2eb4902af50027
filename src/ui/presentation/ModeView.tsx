import type { AppMode } from './appMode'
import { EmbedView } from './EmbedView'
import { PresenterView } from './PresenterView'
import { PresentView } from './PresentView'
import '../flow/flow.css'
import './presentation.css'

/** Presentation (`?view=present`), the presenter's window (`presenter`) and the embed (`embed`). */
export function ModeView({ mode }: { mode: Exclude<AppMode, 'playground'> }) {
  if (mode === 'presenter') return <PresenterView />
  if (mode === 'embed') return <EmbedView />
  return <PresentView />
}
