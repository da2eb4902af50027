/**
 * A message to show for engine-produced text, before translation: a catalogue key with its
 * values, AWS's own text (never translated), or the engine's English where no entry exists yet.
 * Pure data, so the resolvers that build messages are unit-tested without React or i18next.
 */

/** Values for a template; a value may itself be a message (a reason inside a sentence). */
export type MessageValues = Record<string, string | Message>

export type Message =
  | {
      kind: 'key'
      key: string
      values?: MessageValues
      /** The engine's English, shown (marked) when the catalogue has no such key. */
      fallback?: string
      /** A key (without values) tried before the English when the catalogue has no `key`. */
      fallbackKey?: string
    }
  | { kind: 'aws'; text: string }
  | { kind: 'english'; text: string }

/** Text after translation, and how it should be presented. */
export interface ResolvedText {
  text: string
  /** 'aws': AWS's verbatim text (quoted, lang="en"); 'english': not translated yet (marked). */
  kind: 'translated' | 'aws' | 'english'
}

/** The two i18next functions the translation needs (injected: tests pass plain fakes). */
export interface Translator {
  t: (key: string, values?: Record<string, string>) => string
  exists: (key: string) => boolean
}

export const keyMessage = (key: string, values?: MessageValues, fallback?: string): Message => ({
  kind: 'key',
  key,
  ...(values ? { values } : {}),
  ...(fallback !== undefined ? { fallback } : {}),
})

/** Translates a message; a missing key falls back to the engine's English (or the key itself). */
export function translate(message: Message, { t, exists }: Translator): ResolvedText {
  if (message.kind !== 'key') return { text: message.text, kind: message.kind }
  if (!exists(message.key)) {
    if (message.fallbackKey !== undefined && exists(message.fallbackKey))
      return { text: t(message.fallbackKey), kind: 'translated' }
    return { text: message.fallback ?? message.key, kind: 'english' }
  }
  const values: Record<string, string> = {}
  for (const [name, value] of Object.entries(message.values ?? {}))
    values[name] = typeof value === 'string' ? value : translate(value, { t, exists }).text
  return { text: t(message.key, values), kind: 'translated' }
}
