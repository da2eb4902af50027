import { describe, expect, it } from 'vitest'
import { en } from '../../i18n/locales/en'
import { ko } from '../../i18n/locales/ko'
import { linkTerms } from './linkTerms'
import { GLOSSARY_IDS, termPatterns } from './terms'

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
