import { useTranslation } from '../../i18n/useTranslation'
import { useAppStore } from '../../state/store'
import { useDeckStore } from '../deck/deckStore'

/** The open scenario's name: a deck's title for it, its gallery title, else the presentation's. */
export function useScenarioTitle(): string {
  const { t, i18n } = useTranslation()
  const presetId = useAppStore((s) => s.presetId)
  const deckTitle = useDeckStore((s) => s.deck?.entries[s.position.slide]?.title)
  const key = `scenarios.gallery.presets.${presetId}.title`
  if (deckTitle) return deckTitle
  return i18n.exists(key) ? t(key) : t('flow.presentation.title')
}
