/**
 * Characters a reader cannot see, or that reorder what they see: zero-width characters, bidi
 * controls, control characters and look-alike spaces. IAM, STS and Kubernetes compare values
 * code point by code point, so `example-sa` followed by U+200B is a different name that looks
 * the same ("requires …example-sa, but the token gives …example-sa"). Like the bidi warnings of
 * code hosts (Trojan Source, CVE-2021-42574), every such character in a compared value is a
 * finding carrying its code point and place as data.
 *
 * Sources: Unicode 15 General Category Cf and Zs (https://www.unicode.org/Public/UCD/latest/ucd/),
 * UAX #9 (bidi controls), "Trojan Source" (Boucher & Anderson, 2021).
 */
import { defineFindings } from '../finding'
import type { Finding, SourceId, TextPosition } from '../types'
import { escapePointerToken } from './pointer'

export type InvisibleKind = 'bidi' | 'zeroWidth' | 'control' | 'space'

export const TEXT_FINDINGS = defineFindings({
  'text.invisible-character': {
    severity: 'warning',
    variants: {
      bidi: ['codePoint', 'index'],
      zeroWidth: ['codePoint', 'index'],
      control: ['codePoint', 'index'],
      space: ['codePoint', 'index'],
    },
  },
})

/** One invisible character of a string. */
export interface InvisibleCharacter {
  kind: InvisibleKind
  /** The code point, e.g. 0x200b. */
  codePoint: number
  /** `U+200B`. */
  label: string
  /** 0-based UTF-16 offset in the string. */
  offset: number
  /** UTF-16 length (2 for code points above U+FFFF). */
  length: number
}

/** `U+200B` for 0x200b. */
export const codePointLabel = (codePoint: number) =>
  `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`

const BIDI = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e])
const ZERO_WIDTH = new Set([
  0x00ad, 0x034f, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061,
  0x2062, 0x2063, 0x2064, 0x3164, 0xfeff, 0xffa0,
])
const SPACES = new Set([0x00a0, 0x1680, 0x202f, 0x205f, 0x3000])

/** The kind of a code point that a reader cannot see (or that reorders text), else undefined. */
export function invisibleKind(codePoint: number): InvisibleKind | undefined {
  if (BIDI.has(codePoint) || (codePoint >= 0x2066 && codePoint <= 0x2069)) return 'bidi'
  if (
    ZERO_WIDTH.has(codePoint) ||
    (codePoint >= 0x206a && codePoint <= 0x206f) || // deprecated format characters
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) || // variation selectors
    (codePoint >= 0xe0000 && codePoint <= 0xe007f) || // tags
    (codePoint >= 0xe0100 && codePoint <= 0xe01ef) // variation selectors supplement
  )
    return 'zeroWidth'
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return 'control'
  if (codePoint === 0x2028 || codePoint === 0x2029) return 'control'
  if (SPACES.has(codePoint) || (codePoint >= 0x2000 && codePoint <= 0x200a)) return 'space'
  return undefined
}

/** Fast path: no code point outside printable ASCII, so nothing to look at. */
const PLAIN = /^[\x20-\x7e]*$/

/** Every invisible character of `value`, in order. */
export function findInvisible(value: string): InvisibleCharacter[] {
  if (PLAIN.test(value)) return []
  const out: InvisibleCharacter[] = []
  for (let offset = 0; offset < value.length;) {
    const codePoint = value.codePointAt(offset)!
    const length = codePoint > 0xffff ? 2 : 1
    const kind = invisibleKind(codePoint)
    if (kind) out.push({ kind, codePoint, label: codePointLabel(codePoint), offset, length })
    offset += length
  }
  return out
}

/** Whether `value` holds any invisible character. */
export const hasInvisible = (value: string) => !PLAIN.test(value) && findInvisible(value).length > 0

/** `value` with each invisible character written as `⟨U+200B⟩`, for showing it. */
export function revealInvisible(value: string): string {
  if (PLAIN.test(value)) return value
  let out = ''
  for (const ch of value) {
    const codePoint = ch.codePointAt(0)!
    out += invisibleKind(codePoint) ? `⟨${codePointLabel(codePoint)}⟩` : ch
  }
  return out
}

/** Where the compared strings of a source are: its text and located document, when there is one. */
export interface InvisibleScanTarget {
  source: SourceId
  /** The value read from the source (a parsed document, or a plain object built from it). */
  value: unknown
  /** The source text and the offsets of the strings in it, for an exact `at`. */
  text?: string
  locate?: (pointer: string) => { offset: number; endOffset: number } | undefined
  locateKey?: (pointer: string) => { offset: number; endOffset: number } | undefined
  /** Prefix for pointers when `value` sits inside the source (e.g. `/payload` in a token). */
  pointer?: string
  documentIndex?: number
}

const LINE_CONTROLS = new Set([0x09, 0x0a, 0x0d])
/** Printable ASCII, tabs and line breaks only: nothing {@link invisibleFindings} reports. */
const QUIET = /^[\x20-\x7e\t\n\r]*$/
const MAX_FINDINGS_PER_SOURCE = 20
/** Nodes visited per source at most: a pathological document is bounded, not walked forever. */
const MAX_NODES = 200_000

const KIND_WORDS: Record<InvisibleKind, string> = {
  bidi: 'bidirectional control',
  zeroWidth: 'zero-width character',
  control: 'control character',
  space: 'look-alike space',
}

/** 1-based line and column of a UTF-16 offset. */
function positionOf(text: string, offset: number): TextPosition {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}

/**
 * Findings for every invisible character in the keys and string values of `target.value`, each
 * with its pointer, its code point and 1-based index in the string as data, and, when the
 * character is written as is in the source text, its exact place (`at`).
 */
export function invisibleFindings(target: InvisibleScanTarget): Finding[] {
  const findings: Finding[] = []
  let nodes = 0
  // The reference tokens down to the value being looked at: a pointer is built only for a hit.
  const path: (string | number)[] = []
  const report = (s: string, isKey: boolean) => {
    if (QUIET.test(s)) return
    // Tabs and line breaks belong in multi-line values (scripts, block scalars): not findings here.
    const hits = findInvisible(s).filter((h) => !LINE_CONTROLS.has(h.codePoint))
    if (hits.length === 0) return
    const pointer = path.map((t) => '/' + escapePointerToken(t)).join('')
    const span = target.text ? (isKey ? target.locateKey : target.locate)?.(pointer) : undefined
    for (const hit of hits) {
      if (findings.length >= MAX_FINDINGS_PER_SOURCE) return
      const index = [...s.slice(0, hit.offset)].length + 1
      let at: TextPosition | undefined
      if (span && target.text) {
        // The same character's k-th occurrence in the string is its k-th in the written value
        // (an escaped one, such as "\u200b" in JSON, is visible already and has no `at`).
        const ch = String.fromCodePoint(hit.codePoint)
        let k = s.slice(0, hit.offset).split(ch).length - 1
        let offset = target.text.indexOf(ch, span.offset)
        while (k > 0 && offset !== -1) {
          offset = target.text.indexOf(ch, offset + 1)
          k--
        }
        if (offset !== -1 && offset < span.endOffset) at = positionOf(target.text, offset)
      }
      const full = (target.pointer ?? '') + pointer
      findings.push(
        TEXT_FINDINGS.make(
          'text.invisible-character',
          `The ${isKey ? 'key' : 'value'} holds an invisible ${KIND_WORDS[hit.kind]}, ${hit.label}, at character ${index}.`,
          target.source,
          {
            pointer: full,
            ...(at ? { at } : {}),
            ...(target.documentIndex !== undefined ? { documentIndex: target.documentIndex } : {}),
            data: { variant: hit.kind, codePoint: hit.label, index },
          },
        ),
      )
    }
  }
  const walk = (value: unknown) => {
    if (++nodes > MAX_NODES || findings.length >= MAX_FINDINGS_PER_SOURCE) return
    if (typeof value === 'string') report(value, false)
    else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        if (!(i in value)) continue // a hole, as forEach skips it
        path.push(i)
        walk(value[i])
        path.pop()
      }
    } else if (value && typeof value === 'object')
      for (const k of Object.keys(value)) {
        path.push(k)
        report(k, true)
        walk((value as Record<string, unknown>)[k])
        path.pop()
      }
  }
  walk(target.value)
  return findings
}
