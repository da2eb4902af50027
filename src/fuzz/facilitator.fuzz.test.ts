/**
 * The fuzz slots of the facilitator's path (issue #17): set links and proof-of-solve links never
 * throw, on generated text and on mutations of real links; each gives a set, a proof or a stated
 * problem. FUZZ_RUNS (default 10,000, as the other slots) and FUZZ_SEED as in fuzz.test.ts.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateClusterKey } from '../engine'
import { findChallenge } from '../learning/challenges'
import { decodeProof, encodeProof, proofShare, verifyProof } from '../learning/challenges/proof'
import { MAX_SET_ENTRIES, parseChallengeSet } from '../learning/challenges/setLink'
import { buildStart } from '../learning/challenges/start'

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000)
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED)
// Verifying rebuilds a scenario with a fresh RSA key: 3 runs in 1,000.
const params = (share = 1) => ({
  numRuns: Math.max(1, Math.floor(RUNS * share)),
  ...(SEED === undefined ? {} : { seed: SEED }),
})
const known = (id: string) => findChallenge(id) !== undefined

let proof: string
beforeAll(async () => {
  const key = await generateClusterKey('RS256')
  const challenge = findChallenge('production-namespace')!
  const start = (await buildStart(challenge, { key, issuedAt: '2026-11-29T12:00:00.000Z' }))!
  const solved = { ...start, ...(await challenge.solution(start, { key })) }
  const share = await proofShare({
    presetId: challenge.start.preset,
    draft: solved,
    signingKey: { alg: 'RS256', ...key },
  })
  proof = encodeProof({ challengeId: challenge.id, share, name: 'Mina' })
}, 60_000)

/** Truncations and small edits of a real link. */
const mutated = (text: () => string) =>
  fc
    .array(
      fc.record({
        at: fc.nat(),
        remove: fc.nat({ max: 12 }),
        insert: fc.oneof(
          fc.string({ maxLength: 6 }),
          fc.constantFrom(
            '&',
            '=',
            '#',
            '%',
            '%%',
            ',',
            '+',
            '\uD800',
            'c=rotated-key',
            'n=',
            's=',
          ),
        ),
      }),
      { maxLength: 5 },
    )
    .map((edits) => {
      let s = text()
      for (const e of edits) {
        const at = s.length === 0 ? 0 : e.at % (s.length + 1)
        s = s.slice(0, at) + e.insert + s.slice(at + e.remove)
      }
      return s
    })

/** A hang guard, not a speed check (speed belongs to `npm run bench`). */
const HANG_GUARD_MS = 300_000

describe('fuzz: set links', { timeout: HANG_GUARD_MS }, () => {
  it('any query gives a bounded set in order or a stated problem, never an exception', () => {
    const entry = fc.oneof(
      fc.constantFrom('production-namespace', 'rotated-key', 'attack-no-sub', '', ' ', '__proto__'),
      fc.string({ maxLength: 12 }),
    )
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(entry, { maxLength: 200 }).map((e) => `?challenges=${e.join(',')}`),
          fc.string({ maxLength: 300 }),
        ),
        (search) => {
          const set = parseChallengeSet(search, known)
          if (!set) return
          expect(set.ids !== undefined || set.problem !== undefined).toBe(true)
          if (set.ids) {
            expect(set.ids.length).toBeGreaterThan(0)
            expect(set.ids.length).toBeLessThanOrEqual(MAX_SET_ENTRIES)
            expect(new Set(set.ids).size).toBe(set.ids.length)
            expect(set.ids.every(known)).toBe(true)
          }
        },
      ),
      params(),
    )
  })
})

describe('fuzz: proof-of-solve links', { timeout: HANG_GUARD_MS }, () => {
  it('decoding any text or mutated proof gives a proof or a problem, never an exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          mutated(() => proof),
        ),
        (text) => {
          const decoded = decodeProof(text, known)
          if (decoded.ok) expect(known(decoded.challengeId)).toBe(true)
          else expect(decoded.problem.kind).toBeTypeOf('string')
        },
      ),
      params(),
    )
  })

  it('verifying a mutated proof gives solved, not solved or invalid, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(
        mutated(() => proof),
        async (text) => {
          const verdict = await verifyProof(text, findChallenge)
          expect(['solved', 'not-solved', 'invalid']).toContain(verdict.status)
        },
      ),
      params(0.003),
    )
  }, 600_000)
})
