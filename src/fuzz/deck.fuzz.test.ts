/**
 * Fuzz slot for deck links (issue #17): generated deck JSON, mutated packed decks and arbitrary
 * text never throw; what decodes re-encodes to the same deck. FUZZ_RUNS / FUZZ_SEED as in
 * ./fuzz.test.ts (fewer runs by default: each packs and unpacks with lz-string).
 */
import fc from 'fast-check'
import lzString from 'lz-string'
import { describe, expect, it } from 'vitest'
import { packDeck, readDeckLink, unpackDeck } from '../scenarios/share/deck'

const RUNS = Math.max(1, Math.floor(Number(process.env.FUZZ_RUNS ?? 10_000) / 10))
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED)
const params = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) }
/** A hang guard, not a speed check (speed belongs to `npm run bench`). */
const HANG_GUARD_MS = 60_000

const fragment = fc.oneof(
  fc.constantFrom('p=happy-path', 'p=wrong-namespace', 'p=nope', 's=garbage', 'x=1', ''),
  fc
    .tuple(fc.constantFrom('happy-path', 'expired-token'), fc.integer())
    .map(([p, i]) => `p=${p}&i=${i}`),
  fc.string(),
)

const entry = fc.record(
  {
    f: fc.oneof(fragment, fc.anything()),
    t: fc.oneof(fc.string(), fc.anything()),
    n: fc.oneof(fc.string({ unit: 'binary' }), fc.anything()),
    q: fc.oneof(fc.constantFrom(0, 1), fc.anything()),
  },
  { requiredKeys: [] },
)

const deck = fc.record(
  {
    v: fc.oneof(fc.constantFrom(1, 2, 0), fc.anything()),
    t: fc.oneof(fc.string(), fc.anything()),
    m: fc.oneof(fc.integer(), fc.double(), fc.anything()),
    e: fc.oneof(fc.array(entry, { maxLength: 6 }), fc.anything()),
  },
  { requiredKeys: [] },
)

describe('deck links never throw', () => {
  it(
    'generated decks decode to a deck or a reason; a deck re-encodes to itself',
    () => {
      fc.assert(
        fc.property(deck, (raw) => {
          const result = unpackDeck(lzString.compressToEncodedURIComponent(JSON.stringify(raw)))
          if (!result.ok) {
            expect(typeof result.reason).toBe('string')
            return
          }
          expect(unpackDeck(packDeck(result.deck))).toEqual(result)
        }),
        params,
      )
    },
    HANG_GUARD_MS,
  )

  it(
    'mutated and truncated packed decks, and any text in a URL, decode or give a reason',
    () => {
      const packed = packDeck({
        title: 'T',
        minutes: 20,
        entries: [{ fragment: 'p=happy-path', notes: 'n' }, { fragment: 'p=wrong-namespace' }],
      })
      fc.assert(
        fc.property(fc.nat({ max: packed.length }), fc.string(), fc.string(), (cut, add, any) => {
          const broken = packed.slice(0, cut) + add + packed.slice(cut + add.length)
          expect(() => unpackDeck(broken)).not.toThrow()
          expect(() => readDeckLink(`?deck=${any}`, `#deck=${broken}&d=${any}`)).not.toThrow()
        }),
        params,
      )
    },
    HANG_GUARD_MS,
  )
})
