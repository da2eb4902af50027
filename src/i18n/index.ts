/**
 * i18next set up with the English and Korean catalogues. The language is the user's choice
 * (remembered), else the browser's, else English.
 */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './locales/en'

export const LANGUAGES = { en: 'English', ko: '한국어' } as const
export type Language = keyof typeof LANGUAGES
const STORAGE_KEY = 'irsa-lab.language'

export function detectLanguage(stored: string | null, browser: readonly string[]): Language {
  if (stored === 'en' || stored === 'ko') return stored
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0]
    if (base === 'ko' || base === 'en') return base
  }
  return 'en'
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY)
  } catch {
    return null
  }
}

export function setLanguage(language: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  void loadLanguage(language).then(() => i18next.changeLanguage(language))
  document.documentElement.lang = language
}

/** English is bundled; Korean is its own chunk, fetched (from this origin) when first needed. */
async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || i18next.hasResourceBundle(language, 'translation')) return
  const { ko } = await import('./locales/ko')
  i18next.addResourceBundle('ko', 'translation', ko, true, true)
}

/** Sets i18next up; resolves once the user's language is loaded (render after it). */
export async function initI18n() {
  const lng = detectLanguage(
    storedLanguage(),
    typeof navigator === 'undefined' ? [] : navigator.languages,
  )
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  })
  await loadLanguage(lng)
  await i18next.changeLanguage(lng)
  if (typeof document !== 'undefined') document.documentElement.lang = lng
  return i18next
}
