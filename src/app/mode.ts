import type { AppMode } from '../ui/presentation/appMode'

/** Which view the page shows, from the URL: the playground, or one of the presentation views. */
export type { AppMode }

const MODES: readonly AppMode[] = ['present', 'presenter', 'embed', 'wall']

export function modeFromSearch(search: string): AppMode {
  const view = new URLSearchParams(search).get('view')
  return MODES.find((m) => m === view) ?? 'playground'
}
