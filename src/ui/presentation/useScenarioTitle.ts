import { useTranslation } from 'react-i18next'
import { useAppStore } from '../../state/store'

/** The open scenario's name (its gallery title), else the presentation's own title. */
export function useScenarioTitle(): string {
  const { t, i18n } = useTranslation()
  const presetId = useAppStore((s) => s.presetId)
  const key = `scenarios.gallery.presets.${presetId}.title`
  return i18n.exists(key) ? t(key) : t('flow.presentation.title')
}
