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

/**
 * Whether `pattern` occurs at `at` in `text` as whole words. Only the Latin side is checked:
 * Korean particles attach to the word before them ("JWKS를", "신뢰 정책이"), so a Hangul letter
 * after a term does not stop it from matching.
 */
function matchesAt(text: string, lower: string, at: number, pattern: string): boolean {
  const candidate = isAcronym(pattern) ? text : lower
  const needle = isAcronym(pattern) ? pattern : pattern.toLowerCase()
  if (!candidate.startsWith(needle, at)) return false
  const before = text[at - 1]
  const after = text[at + pattern.length]
  if (isWordChar(pattern[0]) && isWordChar(before)) return false
  if (isWordChar(pattern.at(-1)) && isWordChar(after)) return false
  return true
}

const cache = new Map<GlossaryLanguage, TermPattern[]>()

/**
 * Splits `text` into plain strings and links to glossary entries. Each term is linked once (its
 * first occurrence): a paragraph with five links to the same entry is noise. Longer phrases win
 * ('IAM OIDC provider' before 'OIDC'). The text is only split, never changed: joining the parts'
 * strings and terms gives it back.
 */
export function linkTerms(text: string, lang: GlossaryLanguage): Array<string | TermLink> {
  let patterns = cache.get(lang)
  if (!patterns) {
    patterns = termPatterns(lang)
    cache.set(lang, patterns)
  }
  const lower = text.toLowerCase()
  const seen = new Set<GlossaryId>()
  const parts: Array<string | TermLink> = []
  let plain = ''
  let i = 0
  while (i < text.length) {
    const hit = patterns.find((p) => matchesAt(text, lower, i, p.text))
    if (hit && seen.has(hit.id)) {
      // Already linked: the whole phrase stays plain, so no shorter term links inside it.
      plain += text.slice(i, i + hit.text.length)
      i += hit.text.length
    } else if (hit) {
      if (plain) parts.push(plain)
      plain = ''
      parts.push({ term: text.slice(i, i + hit.text.length), id: hit.id })
      seen.add(hit.id)
      i += hit.text.length
    } else {
      plain += text[i]
      i += 1
    }
  }
  if (plain) parts.push(plain)
  return parts
}
