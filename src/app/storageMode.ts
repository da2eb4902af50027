/**
 * Presentation, presenter and embed views show a scenario to an audience (six embeds on a slide
 * deck): they never write the user's autosave. Imported first by main.tsx, before the store.
 */
import { setReadOnly } from '../state/storage'
import { modeFromSearch } from './mode'

// The workshop wall (`?view=wall`) keeps the host's pasted proof links: it writes, as the playground.
if (typeof window !== 'undefined')
  setReadOnly(!['playground', 'wall'].includes(modeFromSearch(window.location.search)))
