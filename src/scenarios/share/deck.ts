/**
 * Talk decks: an ordered list of scenarios in one link, each with an optional title, speaker notes
 * and a "predict" pause. Every scenario is a share fragment (`p=…` or `s=…`, ./codec), so a deck
 * holds gallery scenarios and custom drafts alike and each is validated by the share codec.
 *
 * The deck travels in the URL fragment (`#deck=…`, never sent to any server; `?deck=…` is read
 * too), compressed with lz-string and decompressed with the same bound as share links. Decoding
 * takes strings, never `window.location`, and never throws: a bad deck is a reason to show.
 *
 * Format (version 1), the JSON behind `deck=`:
 *   { v: 1, t?: title, m?: target length (minutes),
 *     e: [{ f: share fragment, t?: title, n?: speaker notes, q?: 1 (predict pause) }, …] }
 * Next to it in the fragment: `d=<index>` (the current scenario) and that scenario's own share
 * fragment, so that the page opens straight on it.
 */
import lzString from 'lz-string'
import { decompressBounded } from './boundedDecompress'
import { decodeShareFragment, MAX_FRAGMENT_LENGTH, MAX_JSON_LENGTH } from './codec'

export const DECK_VERSION = 1
/** At most this many scenarios in one deck (a long talk shows a dozen). */
export const MAX_DECK_ENTRIES = 40
/** Speaker notes per scenario, in characters. */
export const MAX_NOTES_LENGTH = 4000
/** A deck's or a scenario's title, in characters. */
export const MAX_TITLE_LENGTH = 160
/** The target length of a talk, in minutes. */
export const MAX_DECK_MINUTES = 600
/** A packed deck longer than this is refused before decompression. */
export const MAX_DECK_LENGTH = 2 * MAX_FRAGMENT_LENGTH

export interface DeckEntry {
  /** The scenario as a share fragment without the `#` and without a step: `p=…` or `s=…`. */
  fragment: string
  title?: string
  notes?: string
  /** Hide the verdict on the title card until the speaker reveals it. */
  predict?: boolean
}

export interface Deck {
  title?: string
  /** The talk's target length in minutes (the presenter's countdown). */
  minutes?: number
  entries: DeckEntry[]
}

export type DeckProblem = 'corrupt' | 'too-new' | 'too-large' | 'invalid' | 'empty' | 'scenario'

export type DeckDecodeResult =
  | { ok: true; deck: Deck }
  /** `entry`: the index of the scenario that failed, when one did. */
  | { ok: false; reason: DeckProblem; entry?: number }

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const boundedText = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length <= max

/** A share fragment without its leading `#` and without a step (the deck keeps its own). */
export function entryFragment(fragment: string): string {
  const params = new URLSearchParams(fragment.startsWith('#') ? fragment.slice(1) : fragment)
  const out = new URLSearchParams()
  for (const key of ['p', 'i', 's']) {
    const value = params.get(key)
    if (value !== null) out.set(key, value)
  }
  // lz-string's URI alphabet uses '+', which URLSearchParams would write as %2B: keep it readable.
  return out.toString().replace(/%2B/g, '+').replace(/%24/g, '$')
}

/** The JSON the link carries (short keys: it is compressed, but shorter still helps a QR code). */
function wire(deck: Deck): Record<string, unknown> {
  const out: Record<string, unknown> = { v: DECK_VERSION }
  if (deck.title) out.t = deck.title
  if (deck.minutes !== undefined) out.m = deck.minutes
  out.e = deck.entries.map((e) => {
    const entry: Record<string, unknown> = { f: e.fragment }
    if (e.title) entry.t = e.title
    if (e.notes) entry.n = e.notes
    if (e.predict) entry.q = 1
    return entry
  })
  return out
}

/** The packed deck (the value of `deck=`). */
export function packDeck(deck: Deck): string {
  return lzString.compressToEncodedURIComponent(JSON.stringify(wire(deck)))
}

/** The whole fragment for a deck at scenario `index`: `deck=…&d=…&<that scenario's fragment>`. */
export function deckFragment(deck: Deck, index: number): string {
  const at = Math.min(Math.max(0, index), deck.entries.length - 1)
  const entry = deck.entries[at]
  return `deck=${packDeck(deck)}&d=${at}${entry ? `&${entry.fragment}` : ''}`
}

/** Unpacks and validates the value of `deck=`. Never throws. */
export function unpackDeck(packed: string): DeckDecodeResult {
  if (packed.length > MAX_DECK_LENGTH) return { ok: false, reason: 'too-large' }
  let json: string | null | 'too-large'
  try {
    // URLSearchParams turned '+' into ' '; lz-string's URI alphabet uses '+'.
    json = decompressBounded(packed.replace(/ /g, '+'), MAX_JSON_LENGTH)
  } catch {
    json = null
  }
  if (json === 'too-large') return { ok: false, reason: 'too-large' }
  if (!json) return { ok: false, reason: 'corrupt' }
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch {
    return { ok: false, reason: 'corrupt' }
  }
  return validateDeck(raw)
}

/** Checks a decoded deck: version, types and bounds, and every scenario through the share codec. */
export function validateDeck(raw: unknown): DeckDecodeResult {
  if (!isRecord(raw) || typeof raw.v !== 'number' || !Number.isInteger(raw.v) || raw.v < 1)
    return { ok: false, reason: 'invalid' }
  if (raw.v > DECK_VERSION) return { ok: false, reason: 'too-new' }
  const deck: Deck = { entries: [] }
  if (raw.t !== undefined) {
    if (!boundedText(raw.t, MAX_TITLE_LENGTH)) return { ok: false, reason: 'invalid' }
    if (raw.t) deck.title = raw.t
  }
  if (raw.m !== undefined) {
    if (
      typeof raw.m !== 'number' ||
      !Number.isInteger(raw.m) ||
      raw.m < 1 ||
      raw.m > MAX_DECK_MINUTES
    )
      return { ok: false, reason: 'invalid' }
    deck.minutes = raw.m
  }
  if (!Array.isArray(raw.e)) return { ok: false, reason: 'invalid' }
  if (raw.e.length === 0) return { ok: false, reason: 'empty' }
  if (raw.e.length > MAX_DECK_ENTRIES) return { ok: false, reason: 'too-large' }
  for (const [index, item] of raw.e.entries()) {
    if (!isRecord(item) || !boundedText(item.f, MAX_FRAGMENT_LENGTH))
      return { ok: false, reason: 'invalid', entry: index }
    const shared = decodeShareFragment(item.f)
    if (!shared?.ok) return { ok: false, reason: 'scenario', entry: index }
    const entry: DeckEntry = { fragment: entryFragment(item.f) }
    if (item.t !== undefined) {
      if (!boundedText(item.t, MAX_TITLE_LENGTH))
        return { ok: false, reason: 'invalid', entry: index }
      if (item.t) entry.title = item.t
    }
    if (item.n !== undefined) {
      if (!boundedText(item.n, MAX_NOTES_LENGTH))
        return { ok: false, reason: 'invalid', entry: index }
      if (item.n) entry.notes = item.n
    }
    if (item.q !== undefined) {
      if (item.q !== 1 && item.q !== 0) return { ok: false, reason: 'invalid', entry: index }
      if (item.q === 1) entry.predict = true
    }
    deck.entries.push(entry)
  }
  return { ok: true, deck }
}

export interface DeckLink {
  result: DeckDecodeResult
  /** The scenario the link points at (`d=`), clamped to the deck. */
  index: number
}

/**
 * The deck a page's URL carries, from its fragment (`#deck=…&d=…`) or its query (`?deck=…`), or
 * undefined when there is none.
 */
export function readDeckLink(search: string, hash: string): DeckLink | undefined {
  const fromHash = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash)
  const fromSearch = new URLSearchParams(search)
  const params = fromHash.has('deck') ? fromHash : fromSearch.has('deck') ? fromSearch : undefined
  if (!params) return undefined
  const result = unpackDeck(params.get('deck') ?? '')
  const raw = params.get('d')
  const wanted = raw !== null && /^\d{1,3}$/.test(raw) ? Number(raw) : 0
  const index = result.ok ? Math.min(wanted, result.deck.entries.length - 1) : 0
  return { result, index }
}
