import { useTranslation } from '../../i18n/useTranslation'
import { LANGUAGES, setLanguage, type Language } from '../../i18n'
import type { ThemePreference } from '../../state/preferencesSlice'
import { useAppStore } from '../../state/store'
import { PrivacyControls, SaveStatus } from './PrivacyControls'

export function Header() {
  const { t, i18n } = useTranslation()
  const theme = useAppStore((s) => s.theme)
  const setTheme = useAppStore((s) => s.setTheme)
  return (
    <header className="app__header">
      <div>
        <h1>
          {t('app.title')} <span className="app__tagline">{t('app.tagline')}</span>
        </h1>
        <p className="app__privacy">{t('app.privacy')}</p>
        <SaveStatus />
      </div>
      <div className="app__controls">
        <label>
          {t('app.theme.label')}{' '}
          <select value={theme} onChange={(e) => setTheme(e.target.value as ThemePreference)}>
            {(['system', 'light', 'dark'] as const).map((value) => (
              <option key={value} value={value}>
                {t(`app.theme.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('app.language.label')}{' '}
          <select value={i18n.language} onChange={(e) => setLanguage(e.target.value as Language)}>
            {Object.entries(LANGUAGES).map(([code, name]) => (
              <option key={code} value={code} lang={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <PrivacyControls />
      </div>
    </header>
  )
}
