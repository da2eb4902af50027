/**
 * i18next set up with the English and Korean catalogues. The language is the user's choice
 * (remembered), else the browser's, else English.
 *
 * Only what the first screen needs is bundled with the page (English `core`); the panels'
 * messages (`rest`) and Korean load as chunks from this origin: `loadPanelMessages()` is awaited
 * by every lazily loaded panel, so no panel ever renders a key before its message is there.
 */
import i18next from 'i18next'
import * as enCore from './locales/en/core'

export const LANGUAGES = { en: 'English', ko: '한국어' } as const
export type Language = keyof typeof LANGUAGES
type Part = 'core' | 'rest'
const STORAGE_KEY = 'irsa-lab.language'

const PARTS: Record<Language, Record<Part, () => Promise<object>>> = {
  en: { core: async () => enCore, rest: () => import('./locales/en/rest') },
  ko: { core: () => import('./locales/ko/core'), rest: () => import('./locales/ko/rest') },
}

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

const loading = new Map<string, Promise<void>>()
/** Whether a panel has asked for the rest of the messages (a language switch loads them too). */
let panelsWanted = false

function loadPart(language: Language, part: Part): Promise<void> {
  const id = `${language}/${part}`
  let promise = loading.get(id)
  if (!promise) {
    promise = PARTS[language][part]().then((messages) => {
      // A module namespace object is not a plain object: copy its exports (one per area).
      i18next.addResourceBundle(language, 'translation', { ...messages }, true, true)
    })
    promise.catch(() => loading.delete(id)) // offline and never cached: a later call retries
    loading.set(id, promise)
  }
  return promise
}

function loadLanguage(language: Language): Promise<void[]> {
  return Promise.all([
    loadPart(language, 'core'),
    ...(panelsWanted ? [loadPart(language, 'rest')] : []),
  ])
}

const currentLanguage = (): Language => (i18next.language === 'ko' ? 'ko' : 'en')

/** The messages of every panel that loads after the verdict, in the current language. */
export function loadPanelMessages(): Promise<void> {
  panelsWanted = true
  return loadPart(currentLanguage(), 'rest')
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

/** Sets i18next up; resolves once the user's language is loaded (render after it). */
export async function initI18n() {
  const lng = detectLanguage(
    storedLanguage(),
    typeof navigator === 'undefined' ? [] : navigator.languages,
  )
  await i18next.init({
    resources: { en: { translation: { ...enCore } } },
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    // A key without a message is a bug (or a panel rendered before its messages): say so loudly;
    // the e2e tests fail on it. Keys with an explicit default are optional by design.
    saveMissing: true,
    missingKeyHandler: (_lngs, _ns, key, _fallback, _update, options) => {
      if ((options as { defaultValue?: unknown } | undefined)?.defaultValue === undefined)
        console.error(`i18n: no message for "${key}"`)
    },
  })
  loading.set('en/core', Promise.resolve())
  await loadLanguage(lng)
  await i18next.changeLanguage(lng)
  if (typeof document !== 'undefined') document.documentElement.lang = lng
  return i18next
}
