import { memoizeByParts } from '../../engine/memo'
import { termPatterns, type GlossaryId, type GlossaryLanguage, type TermPattern } from './terms'

/** A piece of text that names a glossary term. */
export interface TermLink {
  /** The words as they appear in the text. */
  term: string
  id: GlossaryId
}

const WORD = /[A-Za-z0-9_]/
const isWordChar = (c: string | undefined) => c !== undefined && WORD.test(c)

/** Acronyms (JWKS, STS) match exactly; words and phrases match in any case ("Trust policy"). */
const isAcronym = (text: string) => !/[a-z]/.test(text)

/** A pattern made ready to test: what it compares, and which of its ends must meet a word edge. */
interface Needle {
  pattern: TermPattern
  /** The pattern itself for an acronym, lower-cased for a word or phrase. */
  needle: string
  acronym: boolean
  /** The pattern starts (ends) with a Latin word character: the text's must not go on past it. */
  wordStart: boolean
  wordEnd: boolean
}

/**
 * A language's patterns, longest first, grouped by their lower-cased first character: at each
 * place in a text only the patterns that can start there are tried.
 */
function needlesOf(lang: GlossaryLanguage): Map<string, Needle[]> {
  const byFirst = new Map<string, Needle[]>()
  for (const pattern of termPatterns(lang)) {
    const acronym = isAcronym(pattern.text)
    const needle: Needle = {
      pattern,
      needle: acronym ? pattern.text : pattern.text.toLowerCase(),
      acronym,
      wordStart: isWordChar(pattern.text[0]),
      wordEnd: isWordChar(pattern.text.at(-1)),
    }
    const first = pattern.text.charAt(0).toLowerCase()
    const group = byFirst.get(first)
    if (group) group.push(needle)
    else byFirst.set(first, [needle])
  }
  return byFirst
}

/**
 * Whether the pattern occurs at `at` in `text` as whole words. Only the Latin side is checked:
 * Korean particles attach to the word before them ("JWKS를", "신뢰 정책이"), so a Hangul letter
 * after a term does not stop it from matching.
 */
function matchesAt(text: string, lower: string, at: number, n: Needle): boolean {
  if (!(n.acronym ? text : lower).startsWith(n.needle, at)) return false
  if (n.wordStart && isWordChar(text[at - 1])) return false
  if (n.wordEnd && isWordChar(text[at + n.pattern.text.length])) return false
  return true
}

const needles = memoizeByParts(needlesOf, (lang) => [lang], 2)

/**
 * Splits `text` into plain strings and links to glossary entries. Each term is linked once (its
 * first occurrence): a paragraph with five links to the same entry is noise. Longer phrases win
 * ('IAM OIDC provider' before 'OIDC'). The text is only split, never changed: joining the parts'
 * strings and terms gives it back.
 *
 * The result is kept for the texts asked for last (a step's narration comes back every time the
 * step does): callers must not change it.
 */
export const linkTerms: (text: string, lang: GlossaryLanguage) => Array<string | TermLink> =
  memoizeByParts(splitTerms, (text, lang) => [lang, text], 256)

/**
 * The text lower-cased character by character, at the same indices: the few characters whose lower
 * case is longer (İ becomes i̇) stay as they are, so no match is read at a shifted place.
 */
function lowerInPlace(text: string): string {
  const lower = text.toLowerCase()
  if (lower.length === text.length) return lower
  let out = ''
  for (const c of text) {
    const l = c.toLowerCase()
    out += l.length === c.length ? l : c
  }
  return out
}

function splitTerms(text: string, lang: GlossaryLanguage): Array<string | TermLink> {
  const byFirst = needles(lang)
  const lower = lowerInPlace(text)
  const seen = new Set<GlossaryId>()
  const parts: Array<string | TermLink> = []
  let plainFrom = 0
  let i = 0
  while (i < text.length) {
    const hit = byFirst.get(lower[i]!)?.find((n) => matchesAt(text, lower, i, n))?.pattern
    if (hit && !seen.has(hit.id)) {
      if (plainFrom < i) parts.push(text.slice(plainFrom, i))
      parts.push({ term: text.slice(i, i + hit.text.length), id: hit.id })
      seen.add(hit.id)
      plainFrom = i + hit.text.length
    }
    // A term linked already stays in the plain text, skipped whole: no shorter term links inside it.
    i += hit ? hit.text.length : 1
  }
  if (plainFrom < text.length) parts.push(text.slice(plainFrom))
  return parts
}
