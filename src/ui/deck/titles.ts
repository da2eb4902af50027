import type { TFunction } from 'i18next'
import { decodeShareFragment } from '../../scenarios/share/codec'
import type { DeckEntry } from '../../scenarios/share/deck'

/** The gallery scenario a deck entry is built on. */
export function entryPreset(entry: DeckEntry): string | undefined {
  const decoded = decodeShareFragment(entry.fragment)
  return decoded?.ok ? decoded.payload.presetId : undefined
}

/** A deck entry's name: its own title, else its gallery scenario's, else the lab's. */
export function entryTitle(
  entry: DeckEntry,
  t: TFunction,
  exists: (key: string) => boolean,
): string {
  if (entry.title) return entry.title
  const key = `scenarios.gallery.presets.${entryPreset(entry) ?? ''}.title`
  return exists(key) ? t(key) : t('flow.presentation.title')
}
