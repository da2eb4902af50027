/**
 * Presentation, presenter and embed views show a scenario to an audience (six embeds on a slide
 * deck): they never write the user's autosave. Imported first by main.tsx, before the store.
 */
import { setReadOnly } from '../state/storage'
import { modeFromSearch } from './mode'

if (typeof window !== 'undefined')
  setReadOnly(modeFromSearch(window.location.search) !== 'playground')
