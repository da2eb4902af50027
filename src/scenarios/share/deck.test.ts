import lzString from 'lz-string'
import { describe, expect, it } from 'vitest'
import {
  deckFragment,
  entryFragment,
  MAX_DECK_ENTRIES,
  MAX_DECK_LENGTH,
  MAX_NOTES_LENGTH,
  packDeck,
  readDeckLink,
  unpackDeck,
  type Deck,
} from './deck'
import { decodeShareFragment } from './codec'

const pack = (value: unknown) => lzString.compressToEncodedURIComponent(JSON.stringify(value))

const DECK: Deck = {
  title: 'IRSA in 20 minutes',
  minutes: 20,
  entries: [
    { fragment: 'p=happy-path', notes: 'Start with what works.\nThen break it.' },
    { fragment: 'p=wrong-namespace&i=1700000000', predict: true, title: 'Guess!' },
    { fragment: `s=${pack({ v: 1, p: 'happy-path', d: { roleName: 'other' } })}` },
  ],
}

describe('deck links', () => {
  it('round-trips a deck: titles, notes, predict, target length and every scenario', () => {
    expect(unpackDeck(packDeck(DECK))).toEqual({ ok: true, deck: DECK })
  })

  it('reads the deck and the current scenario from the fragment or from the query', () => {
    const fragment = deckFragment(DECK, 1)
    expect(fragment).toContain('&d=1&p=wrong-namespace&i=1700000000')
    // The page's share link is the current scenario's, so that the page opens straight on it.
    const share = decodeShareFragment(`#${fragment}`)
    expect(share?.ok && share.payload.presetId).toBe('wrong-namespace')
    expect(readDeckLink('?view=present', `#${fragment}`)).toEqual({
      result: { ok: true, deck: DECK },
      index: 1,
    })
    expect(readDeckLink(`?view=present&deck=${packDeck(DECK)}`, '')?.index).toBe(0)
    // An index past the end opens the last scenario.
    expect(readDeckLink('', `#deck=${packDeck(DECK)}&d=99`)?.index).toBe(2)
    expect(readDeckLink('?view=present', '#p=happy-path')).toBeUndefined()
  })

  it('survives URLSearchParams turning + into spaces (lz-string’s alphabet has +)', () => {
    const packed = packDeck(DECK)
    const params = new URLSearchParams(`deck=${packed}`)
    expect(unpackDeck(params.get('deck')!)).toEqual({ ok: true, deck: DECK })
    const s = DECK.entries[2]!.fragment
    expect(entryFragment(`#${s}&step=4`)).toBe(s)
  })

  it('refuses hostile and broken decks with a reason, never throwing', () => {
    const cases: [string, unknown][] = [
      ['', 'corrupt'],
      ['not lz at all!!', 'corrupt'],
      [lzString.compressToEncodedURIComponent('{not json'), 'corrupt'],
      [pack(null), 'invalid'],
      [pack([]), 'invalid'],
      [pack({ v: '1', e: [] }), 'invalid'],
      [pack({ v: 2, e: [{ f: 'p=happy-path' }] }), 'too-new'],
      [pack({ v: 1 }), 'invalid'],
      [pack({ v: 1, e: [] }), 'empty'],
      [pack({ v: 1, m: 0, e: [{ f: 'p=happy-path' }] }), 'invalid'],
      [pack({ v: 1, m: 1e9, e: [{ f: 'p=happy-path' }] }), 'invalid'],
      [pack({ v: 1, m: 2.5, e: [{ f: 'p=happy-path' }] }), 'invalid'],
      [pack({ v: 1, t: 5, e: [{ f: 'p=happy-path' }] }), 'invalid'],
      [pack({ v: 1, e: [{ f: 'p=no-such-scenario' }] }), 'scenario'],
      [pack({ v: 1, e: [{ f: 'p=happy-path&step=-1' }] }), 'scenario'],
      [pack({ v: 1, e: [{ f: 's=garbage' }] }), 'scenario'],
      [pack({ v: 1, e: [{ f: 'x=1' }] }), 'scenario'],
      [pack({ v: 1, e: [{ f: 42 }] }), 'invalid'],
      [pack({ v: 1, e: [{ f: 'p=happy-path', q: 'yes' }] }), 'invalid'],
      [pack({ v: 1, e: [{ f: 'p=happy-path', n: 'x'.repeat(MAX_NOTES_LENGTH + 1) }] }), 'invalid'],
      [pack({ v: 1, e: Array(MAX_DECK_ENTRIES + 1).fill({ f: 'p=happy-path' }) }), 'too-large'],
      ['A'.repeat(MAX_DECK_LENGTH + 1), 'too-large'],
    ]
    for (const [packed, reason] of cases) {
      const result = unpackDeck(packed)
      expect(result.ok, packed.slice(0, 40)).toBe(false)
      expect(!result.ok && result.reason, packed.slice(0, 40)).toBe(reason)
    }
    // Which scenario is wrong is said.
    const second = unpackDeck(pack({ v: 1, e: [{ f: 'p=happy-path' }, { f: 'p=nope' }] }))
    expect(second).toEqual({ ok: false, reason: 'scenario', entry: 1 })
  })

  // A hang guard: compressing the bomb itself is the slow part on a loaded machine.
  it('stops a decompression bomb at the bound instead of inflating it', { timeout: 60_000 }, () => {
    // 520,000 characters (just past the bound) compress to a short link.
    const bomb = pack({ v: 1, e: [{ f: 'p=happy-path', n: 'a'.repeat(520_000) }] })
    expect(bomb.length).toBeLessThan(5_000)
    expect(unpackDeck(bomb)).toEqual({ ok: false, reason: 'too-large' })
  })

  it('a notes field with every kind of character survives the link', () => {
    const notes = 'Ünïcödé 역할 & = # ? + % $ 🙂\n\t"quotes"'
    const deck: Deck = { entries: [{ fragment: 'p=happy-path', notes }] }
    const link = readDeckLink('', `#${deckFragment(deck, 0)}`)
    expect(link?.result).toEqual({ ok: true, deck })
  })
})
