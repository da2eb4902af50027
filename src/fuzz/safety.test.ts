/**
 * Fuzz slots of issue #15 (trust and safety): share-link numbers at their boundaries and autosave
 * documents. Never an uncaught exception; a number out of range is refused with a reason; a link
 * that decodes always materializes (never "Generating…" forever); an autosave document always
 * reads into a valid draft or a notice. FUZZ_RUNS and FUZZ_SEED as in fuzz.test.ts.
 */
import fc from 'fast-check'
import lzString from 'lz-string'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateClusterKey } from '../engine'
import type { ClusterKey } from '../engine/jwt'
import {
  checkDraft,
  MAX_EPOCH_SECONDS,
  MAX_ISSUED_AT_SECONDS,
  MAX_STEP_INDEX,
} from '../scenarios/draftSchema'
import { DRAFT_FIELDS } from '../scenarios/draft'
import { decodeShareFragment } from '../scenarios/share/codec'
import { materializeShare } from '../scenarios/share/link'
import { migrateAutosave, readAutosave } from '../state/autosave'

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000)
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED)
const params = (runs: number) => ({ numRuns: runs, ...(SEED === undefined ? {} : { seed: SEED }) })

/** One demo key for every link this file materializes, instead of a fresh RSA key per link. */
let key: ClusterKey
beforeAll(async () => {
  key = await generateClusterKey('RS256')
})

/** Numbers at and around every boundary that matters: the Date range, the schema, floats. */
const boundaryNumber = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    1,
    MAX_EPOCH_SECONDS,
    MAX_EPOCH_SECONDS + 1,
    MAX_ISSUED_AT_SECONDS,
    MAX_ISSUED_AT_SECONDS + 1,
    8.64e12,
    8.64e12 + 1,
    8.64e15,
    MAX_STEP_INDEX,
    MAX_STEP_INDEX + 1,
    2 ** 31,
    2 ** 53,
    2 ** 53 + 2,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    1e308,
    0.5,
    -8.64e15,
  ),
  fc.integer(),
  fc.double(),
)
/** The same numbers as link text would hold them (and a few that are not numbers at all). */
const numberText = fc.oneof(
  boundaryNumber.map(String),
  fc.constantFrom('', 'NaN', 'Infinity', '-Infinity', '1e400', '0x10', ' 7', '7 ', '+7', '1_000'),
)

describe('share-link numbers at their boundaries', () => {
  it('#p= links: in range opens, out of range is refused with a reason, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(numberText, numberText, async (i, step) => {
        const result = decodeShareFragment(`#p=happy-path&i=${i}&step=${step}`)
        expect(result).toBeDefined()
        if (!result!.ok) {
          expect(result!.detail).toMatch(/out of range/)
          return
        }
        const { issuedAt, step: s } = result!.payload
        if (issuedAt !== undefined) expect(issuedAt).toBeLessThanOrEqual(MAX_EPOCH_SECONDS)
        if (s !== undefined) expect(s).toBeLessThanOrEqual(MAX_STEP_INDEX)
      }),
      params(RUNS),
    )
  })

  it('#s= links: numbers anywhere in the payload never throw; what decodes materializes', async () => {
    const wire = fc.record(
      {
        v: fc.oneof(fc.constant(1), boundaryNumber),
        p: fc.constantFrom('happy-path', 'expired-token'),
        i: boundaryNumber,
        s: boundaryNumber,
        d: fc.record(
          {
            maxSessionDuration: boundaryNumber,
            // Any number as a Date in range (NaN and ±Infinity, which fc.double() yields, as 0).
            now: boundaryNumber.map((n) =>
              new Date(Number.isFinite(n) ? Math.abs(n) % 8.64e15 : 0).toISOString(),
            ),
            trustPolicy: fc.tuple(boundaryNumber, boundaryNumber, fc.string()),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ['v', 'p'] },
    )
    let materialized = 0
    await fc.assert(
      fc.asyncProperty(wire, async (w) => {
        const result = decodeShareFragment(
          `#s=${lzString.compressToEncodedURIComponent(JSON.stringify(w))}`,
        )
        expect(result).toBeDefined()
        // Materializing builds the preset and signs a token: a sample is enough (the rest is decode).
        if (result!.ok && materialized++ < 25) {
          const shared = await materializeShare(result!.payload, key)
          expect(checkDraft(shared.draft).ok).toBe(true)
        }
      }),
      params(Math.min(RUNS, 2_000)),
    )
  }, 120_000)
})

describe('autosave documents', () => {
  const field = fc.oneof(
    fc.string(),
    boundaryNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.string(), { maxKeys: 3 }),
  )
  const draft = fc.dictionary(
    fc.constantFrom<string>(...DRAFT_FIELDS, '__proto__', 'constructor'),
    field,
  )
  const document = fc.oneof(
    fc.record(
      {
        draft: fc.oneof(draft, field),
        theme: field,
        remember: field,
        signingKey: field,
        past: fc.array(field, { maxLength: 3 }),
        withheld: fc.oneof(field, fc.record({ token: fc.boolean(), podValues: fc.nat() })),
      },
      { requiredKeys: [] },
    ),
    field,
  )

  it('every document reads into a valid draft, nothing, or a notice; never a throw', () => {
    fc.assert(
      fc.property(document, fc.integer({ min: 0, max: 3 }), (doc, version) => {
        const { state, notice } = readAutosave(migrateAutosave(doc, version))
        if (state.draft) expect(checkDraft(state.draft).ok).toBe(true)
        if (notice) expect(notice.kind).toMatch(/^autosave-/)
        expect(state).not.toHaveProperty('past')
      }),
      params(RUNS),
    )
  })
})
