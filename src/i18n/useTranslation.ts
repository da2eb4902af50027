/**
 * The components' messages: `const { t, i18n } = useTranslation()`, in the current language, and
 * a render of every component that asked when the language changes.
 *
 * What react-i18next's hook of the same name gave us, without its cost on a first visit (issue
 * #18): per component it copied the whole i18next instance into a wrapper (every own property's
 * descriptor), kept its own state and effects, and asked whether the namespace had loaded: 21 ms
 * of the 143 ms React's first render took at CPU 4× (a profile of an unminified build). Here every
 * component reads one value (the language, through useSyncExternalStore) and shares one `t` per
 * language. The messages a component needs are there before it renders (src/i18n/index.ts): the
 * page's with the page, a panel's before the panel, a language's before the switch to it; so, as
 * with react-i18next's defaults, only a change of language renders anew.
 */
import i18next, { type TFunction } from 'i18next'
import { useSyncExternalStore } from 'react'

function subscribe(onChange: () => void): () => void {
  i18next.on('languageChanged', onChange)
  return () => i18next.off('languageChanged', onChange)
}

const language = (): string => i18next.language

/**
 * The message i18next gives for `key` asked with no options, read straight from the current
 * language's catalogue when it is plain text: found there (not through a fallback language), a
 * non-empty string with nothing for i18next to do (no `{{…}}` to interpolate, no `$t(…)` to nest),
 * under a key with no namespace. Otherwise undefined, and i18next answers.
 *
 * Most of the page's lookups are such (86 of the 90 before the first verdict paints). i18next's
 * `t` takes each through the whole of its translate path (options copied, key and namespaces
 * parsed, the language hierarchy resolved, interpolation and nesting run on the result): a third
 * of React's first render at CPU 4× (28–44 of 92–148 ms, profiles of the built page). The answer
 * is the same: src/i18n/useTranslation.test.tsx compares the two for every message of both
 * languages.
 */
export function plainMessage(key: string): string | undefined {
  if (key.includes(':')) return undefined
  let node: unknown = i18next.getDataByLanguage(i18next.language)?.translation
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' && node !== '' && !node.includes('{{') && !node.includes('$t(')
    ? node
    : undefined
}

/** i18next's `t`, with plain messages asked with no options read directly ({@link plainMessage}). */
function translate(this: void, key: unknown, ...rest: unknown[]): unknown {
  if (rest.length === 0 && typeof key === 'string') {
    const plain = plainMessage(key)
    if (plain !== undefined) return plain
  }
  return (i18next.t as unknown as (...args: unknown[]) => unknown).apply(i18next, [key, ...rest])
}

/**
 * One `t` per language: a stable identity for the components' memos and effects, and a new one
 * when the language changes, so that what was memoized on it is translated anew. It asks i18next
 * for the current language, through its own `t` (not `getFixedT`'s: i18next 26's fixed `t`
 * spreads every one of the instance's options into a new object on each call, which took a third
 * of a lookup's time).
 */
const bound = new Map<string, TFunction>()

function tFor(lng: string): TFunction {
  let t = bound.get(lng)
  if (!t) {
    t = translate.bind(undefined) as unknown as TFunction
    bound.set(lng, t)
  }
  return t
}

export function useTranslation(): { t: TFunction; i18n: typeof i18next } {
  const lng = useSyncExternalStore(subscribe, language, language)
  return { t: tFor(lng), i18n: i18next }
}
