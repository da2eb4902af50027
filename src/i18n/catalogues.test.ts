import { describe, expect, it } from 'vitest'
import { detectLanguage } from './index'
import { en } from './locales/en'
import { ko } from './locales/ko'

/** Every leaf key path of a catalogue. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix]
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    keys(v, prefix ? `${prefix}.${k}` : k),
  )
}

describe('message catalogues', () => {
  it('English and Korean have exactly the same keys', () => {
    expect(keys(ko).sort()).toEqual(keys(en).sort())
  })

  it('no message is empty, and placeholders match between languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
    const lookup = (catalogue: unknown, path: string) =>
      path
        .split('.')
        .reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], catalogue) as string
    for (const key of keys(en)) {
      expect(lookup(en, key).trim(), key).not.toBe('')
      expect(lookup(ko, key).trim(), key).not.toBe('')
      expect(placeholders(lookup(ko, key)), key).toEqual(placeholders(lookup(en, key)))
    }
  })
})

describe(detectLanguage, () => {
  it.each([
    { stored: 'ko', browser: ['en-US'], expected: 'ko' },
    { stored: null, browser: ['ko-KR', 'en'], expected: 'ko' },
    { stored: null, browser: ['fr-FR', 'en-GB'], expected: 'en' },
    { stored: null, browser: ['fr-FR'], expected: 'en' },
    { stored: 'xx', browser: [], expected: 'en' },
  ])('stored $stored, browser $browser → $expected', ({ stored, browser, expected }) => {
    expect(detectLanguage(stored, browser)).toBe(expected)
  })
})
