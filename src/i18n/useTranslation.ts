/**
 * The components' messages: `const { t, i18n } = useTranslation()`, in the current language, and
 * a render of every component that asked when the language changes.
 *
 * What react-i18next's hook of the same name gave us, without its cost on a first visit (issue
 * #18): per component it copied the whole i18next instance into a wrapper (every own property's
 * descriptor), kept its own state and effects, and asked whether the namespace had loaded: 21 ms
 * of the 143 ms React's first render took at CPU 4× (a profile of an unminified build). Here every
 * component reads one value (the language, through useSyncExternalStore) and shares one `t` per
 * language. The messages a component needs
 * are there before it renders (src/i18n/index.ts): the page's with the page, a panel's before the
 * panel, a language's before the switch to it; so, as with react-i18next's defaults, only a
 * change of language renders anew.
 */
import i18next, { type TFunction } from 'i18next'
import { useSyncExternalStore } from 'react'

function subscribe(onChange: () => void): () => void {
  i18next.on('languageChanged', onChange)
  return () => i18next.off('languageChanged', onChange)
}

const language = (): string => i18next.language

/**
 * One `t` per language: a stable identity for the components' memos and effects, and a new one
 * when the language changes, so that what was memoized on it is translated anew. It is i18next's
 * own `t` (the current language), not `getFixedT`'s: i18next 26's fixed `t` spreads every one of
 * the instance's options into a new object on each call, which took a third of a lookup's time.
 */
const bound = new Map<string, TFunction>()

function tFor(lng: string): TFunction {
  let t = bound.get(lng)
  if (!t) {
    t = i18next.t.bind(i18next) as TFunction
    bound.set(lng, t)
  }
  return t
}

export function useTranslation(): { t: TFunction; i18n: typeof i18next } {
  const lng = useSyncExternalStore(subscribe, language, language)
  return { t: tFor(lng), i18n: i18next }
}
