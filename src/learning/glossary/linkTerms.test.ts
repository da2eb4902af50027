import { describe, expect, it } from 'vitest'
import { en } from '../../i18n/locales/en'
import { ko } from '../../i18n/locales/ko'
import { linkTerms } from './linkTerms'
import { GLOSSARY_IDS, termPatterns, type GlossaryLanguage } from './terms'

const joined = (parts: ReturnType<typeof linkTerms>) =>
  parts.map((p) => (typeof p === 'string' ? p : p.term)).join('')
const links = (parts: ReturnType<typeof linkTerms>) => parts.filter((p) => typeof p !== 'string')

describe(linkTerms, () => {
  it('links the terms of a sentence, and gives the text back unchanged', () => {
    const text = 'STS fetches the issuer’s public keys (JWKS) and checks the kid.'
    const parts = linkTerms(text, 'en')
    expect(joined(parts)).toBe(text)
    expect(links(parts)).toEqual([
      { term: 'STS', id: 'sts' },
      { term: 'JWKS', id: 'jwks' },
      { term: 'kid', id: 'kid' },
    ])
  })

  it('prefers the longest term and links each term once', () => {
    const parts = linkTerms(
      'The IAM OIDC provider trusts the OIDC issuer; the OIDC provider…',
      'en',
    )
    expect(links(parts)).toEqual([
      { term: 'IAM OIDC provider', id: 'oidc-provider' },
      { term: 'OIDC', id: 'oidc' },
    ])
  })

  it('matches whole words only, acronyms exactly, phrases in any case', () => {
    expect(links(linkTerms('substring, kids, sts.amazonaws.com, AWS_STS_REGIONAL', 'en'))).toEqual(
      [],
    )
    expect(links(linkTerms('Trust policy', 'en'))).toEqual([
      { term: 'Trust policy', id: 'trust-policy' },
    ])
    expect(links(linkTerms('…:sub and :aud', 'en'))).toEqual([{ term: 'sub', id: 'claims' }])
  })

  it('finds Korean terms with their particles attached', () => {
    const text = 'STS는 JWKS를 가져와 신뢰 정책의 조건 키를 비교하고 임시 자격 증명을 줍니다.'
    const parts = linkTerms(text, 'ko')
    expect(joined(parts)).toBe(text)
    expect(links(parts).map((p) => p.id)).toEqual([
      'sts',
      'jwks',
      'trust-policy',
      'condition-key',
      'temporary-credentials',
    ])
  })

  it('reads a term after a character whose lower case is longer at its own place', () => {
    // 'İ'.toLowerCase() is two code units: a text lower-cased whole would be read one place off.
    expect(links(linkTerms('İ STS and the trust policy', 'en'))).toEqual([
      { term: 'STS', id: 'sts' },
      { term: 'trust policy', id: 'trust-policy' },
    ])
  })

  it('splits every message of both catalogues as a scan of every pattern at every place does', () => {
    for (const [lang, catalogue] of [
      ['en', en],
      ['ko', ko],
    ] as const) {
      const texts = stringsOf(catalogue)
      expect(texts.length).toBeGreaterThan(500)
      for (const text of texts) expect(linkTerms(text, lang), text).toEqual(scan(text, lang))
    }
  })

  it('gives the same parts for a text asked for again, in its own language', () => {
    const text = 'STS가 신뢰 정책을 읽습니다.'
    expect(linkTerms(text, 'ko')).toBe(linkTerms(text, 'ko'))
    expect(links(linkTerms(text, 'ko')).map((p) => p.id)).toEqual(['sts', 'trust-policy'])
    expect(links(linkTerms(text, 'en')).map((p) => p.id)).toEqual(['sts'])
  })

  it('returns the text whole when it names no term', () => {
    expect(linkTerms('Hello, world', 'en')).toEqual(['Hello, world'])
    expect(linkTerms('', 'ko')).toEqual([])
  })
})

describe('the glossary', () => {
  it('has about twenty terms, each with an entry in English and Korean', () => {
    expect(GLOSSARY_IDS.length).toBeGreaterThanOrEqual(20)
    for (const catalogue of [en, ko])
      for (const id of GLOSSARY_IDS) {
        expect(catalogue.glossary.terms[id].term.trim(), id).not.toBe('')
        expect(catalogue.glossary.terms[id].definition.length, id).toBeGreaterThan(60)
      }
    expect(Object.keys(en.glossary.terms).sort()).toEqual([...GLOSSARY_IDS].sort())
  })

  it('every term can be found in text, in both languages', () => {
    for (const lang of ['en', 'ko'] as const) {
      const found = new Set(termPatterns(lang).map((p) => p.id))
      for (const id of GLOSSARY_IDS) expect(found.has(id), `${lang} ${id}`).toBe(true)
    }
  })
})

/** Every string in a message catalogue. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf)
  return []
}

/** The plain reading of linkTerms' contract, for comparison: every pattern tried at every place. */
function scan(text: string, lang: GlossaryLanguage): ReturnType<typeof linkTerms> {
  const word = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c)
  const patterns = termPatterns(lang)
  const seen = new Set<string>()
  const parts: ReturnType<typeof linkTerms> = []
  let plain = ''
  for (let i = 0; i < text.length;) {
    const hit = patterns.find(({ text: p }) => {
      const exact = !/[a-z]/.test(p)
      const found = exact
        ? text.startsWith(p, i)
        : text.slice(i, i + p.length).toLowerCase() === p.toLowerCase()
      return (
        found && !(word(p[0]) && word(text[i - 1])) && !(word(p.at(-1)) && word(text[i + p.length]))
      )
    })
    if (hit && !seen.has(hit.id)) {
      if (plain) parts.push(plain)
      plain = ''
      parts.push({ term: text.slice(i, i + hit.text.length), id: hit.id })
      seen.add(hit.id)
    } else plain += hit ? text.slice(i, i + hit.text.length) : text[i]
    i += hit ? hit.text.length : 1
  }
  if (plain) parts.push(plain)
  return parts
}
