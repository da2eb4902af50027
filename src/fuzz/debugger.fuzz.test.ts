/**
 * The fuzz slots of the 2 a.m. debugger (issue #16): the account reader and audit, the evidence
 * reader (CloudTrail, error lines, payloads) and the subject set never throw, on generated JSON,
 * mutated real outputs, truncated pastes and a 20 MB file; each gets a clear result. FUZZ_RUNS
 * (default 10,000, as the other slots) and FUZZ_SEED as in fuzz.test.ts.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { subjectSet } from '../engine'
import { auditAccount, mergeAccountInputs, readAccountInput } from '../scenarios/audit'
import { sampleAccountDetails, sampleTrustPolicy } from '../scenarios/audit/sample'
import { evidenceInPaste } from '../scenarios/import/evidenceScenario'
import { EVENT } from '../scenarios/import/testing/cloudTrail'

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000)
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED)
// The account slot reads a whole account per run: a tenth of the runs.
const params = (share = 1) => ({
  numRuns: Math.max(1, Math.floor(RUNS * share)),
  ...(SEED === undefined ? {} : { seed: SEED }),
})

const ACCOUNT = JSON.stringify(sampleAccountDetails(4, true))
const RECORD = JSON.stringify({ Records: [EVENT] })

/** Truncations and small edits of a real output. */
const mutated = (text: string) =>
  fc
    .array(
      fc.record({
        at: fc.nat(),
        remove: fc.nat({ max: 12 }),
        insert: fc.oneof(
          fc.string({ maxLength: 6 }),
          fc.constantFrom('{', '}', '[', ']', '"', ',', 'null', '%7B', '%', '__proto__', '\uD800'),
        ),
      }),
      { maxLength: 5 },
    )
    .chain((edits) =>
      fc.nat({ max: text.length }).map((cut) => {
        let out = text
        for (const { at, remove, insert } of edits) {
          const i = at % (out.length + 1)
          out = out.slice(0, i) + insert + out.slice(i + remove)
        }
        return cut % 3 === 0 ? out.slice(0, cut) : out
      }),
    )

const anyJson = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v))

describe('account reader and audit', () => {
  it('never throw; anything unreadable is a problem, not a crash', () => {
    fc.assert(
      fc.property(fc.oneof(anyJson, mutated(ACCOUNT), fc.string()), (text) => {
        const input = readAccountInput(text)
        const report = auditAccount(mergeAccountInputs([input]))
        expect(report.roles.length + input.problems.length).toBeGreaterThan(0)
        expect(() => JSON.stringify(report)).not.toThrow()
      }),
      params(0.1),
    )
  })

  it('a 20 MB file of other JSON gets a clear message', () => {
    const big = JSON.stringify({
      items: Array.from({ length: 200_000 }, (_, i) => ({ id: i, v: 'x'.repeat(80) })),
    })
    expect(big.length).toBeGreaterThan(20_000_000)
    expect(readAccountInput(big).problems.map((p) => p.code)).toEqual(['input.not-recognised'])
    expect(evidenceInPaste(big)).toEqual([])
  }, 60_000) // a hang guard for a busy machine, not a speed check
})

describe('evidence reader', () => {
  it('never throws on CloudTrail-like, mutated or arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(anyJson, mutated(RECORD), fc.string({ maxLength: 200 })), (text) => {
        const found = evidenceInPaste(text)
        expect(Array.isArray(found)).toBe(true)
      }),
      params(),
    )
  })
})

describe('subject set', () => {
  it('never throws on mutated trust policies or arbitrary JSON', () => {
    const policy = JSON.stringify(sampleTrustPolicy(7))
    fc.assert(
      fc.property(fc.oneof(anyJson, mutated(policy)), (text) => {
        let value: unknown = text
        try {
          value = JSON.parse(text)
        } catch {
          // text as is
        }
        expect(Array.isArray(subjectSet(value).entries)).toBe(true)
      }),
      params(),
    )
  })
})
