import type { AppMode } from '../ui/presentation/appMode'

/** Which view the page shows, from the URL: the playground, or one of the presentation views. */
export type { AppMode }

const MODES: readonly AppMode[] = ['present', 'presenter', 'embed', 'wall', 'follow']

/** `?view=…`; a deck link without a view (`?deck=…`) opens on the stage. */
export function modeFromSearch(search: string): AppMode {
  const params = new URLSearchParams(search)
  const view = params.get('view')
  return MODES.find((m) => m === view) ?? (params.has('deck') ? 'present' : 'playground')
}
