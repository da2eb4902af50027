/**
 * What the fuzz slots share (fuzz.*.test.ts): the generated and mutated texts, the parameters
 * (FUZZ_RUNS inputs per slot, 10,000 by default; FUZZ_SEED), the hang guard and the soundness
 * check of a run, and the scenario the slots edit. Each slot is its own test file so that the two
 * Vitest workers share the suite out instead of one worker running it all. Speed is not asserted
 * here (a busy machine would fail it): `npm run bench` measures it. fast-check prints the seed and
 * path of any failure, so it reproduces with `FUZZ_SEED=<seed> npx vitest run src/fuzz`.
 */
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { evaluatePolicy, generateClusterKey, simulate, type Scenario } from '../engine'
import { findPreset } from '../scenarios/presets'

export const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000)
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED)
export const params = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) }
/**
 * A hang guard, not a speed check: far above any honest evaluation on a loaded machine (they take
 * well under a millisecond to a few ms), far below a runaway (the YAML collection-key blow-up took
 * 16 s on 192 '{'). Speed belongs to `npm run bench`.
 */
const HANG_GUARD_MS = 5_000

let baseScenario: Promise<Scenario> | undefined
/**
 * The happy-path scenario every slot edits one part of, made once: the slots' files share the
 * module graph of their worker (vitest.config.ts, project "pure"), so the RSA key is generated
 * once per worker, not once per file.
 */
export function fuzzBase(): Promise<Scenario> {
  baseScenario ??= generateClusterKey('RS256').then((key) =>
    findPreset('happy-path')!.build({ key, issuedAt: '2026-11-29T12:00:00.000Z' }),
  )
  return baseScenario
}

/** Text edits of a valid document: what typing, pasting and truncating produce. */
const mutated = (text: () => string) =>
  fc
    .array(
      fc.record({
        at: fc.nat(),
        remove: fc.nat({ max: 8 }),
        insert: fc.oneof(
          fc.string({ maxLength: 8 }),
          fc.constantFrom(
            '{',
            '}',
            '[',
            ']',
            '"',
            ':',
            ',',
            '\n',
            '  ',
            '*',
            '&a',
            '*a',
            '<<: *a',
            '__proto__',
            '\uD800',
            '${aws:username}',
          ),
        ),
      }),
      { maxLength: 6 },
    )
    .map((edits) => {
      let out = text()
      for (const { at, remove, insert } of edits) {
        const i = out.length === 0 ? 0 : at % (out.length + 1)
        out = out.slice(0, i) + insert + out.slice(i + remove)
      }
      return out
    })

/** Hostile shapes nobody types by accident. */
export const hostile = fc.constantFrom(
  '['.repeat(5000),
  '{"a":'.repeat(2000),
  'a: &a ["x","x","x","x","x","x","x","x","x"]\n' +
    Array.from(
      { length: 9 },
      (_, i) =>
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
    ).join('\n'),
  '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
  'x'.repeat(1_000_000),
  '\uD800\uDFFF\uDFFF\uD800',
  '<script>alert(1)</script>',
)

/**
 * Runs of openers under the nesting limit, then junk: flow collections used as keys once made the
 * YAML reader exponential (192 '{' took 16 s), which neither random strings nor edits reached.
 */
const openerRuns = fc
  .tuple(
    fc.constantFrom('{', '[', '[{', '{a: ', '? ', '- ', '{"a":'),
    fc.integer({ min: 20, max: 400 }),
    fc.string({ maxLength: 200 }),
  )
  .map(([opener, count, rest]) => opener.repeat(count) + rest)

/**
 * Any text for a slot. The hostile shapes are constants and the engine is deterministic, so one
 * draw of each covers what a thousand would: they come in one draw of 33 (each of the seven still
 * about 40 times in 10,000 runs), not one of 5 (a megabyte of 'x' simulated 300 times a slot).
 */
export const anyText = (valid: () => string) =>
  fc.oneof(
    { arbitrary: mutated(valid), weight: 8 },
    { arbitrary: fc.string(), weight: 8 },
    { arbitrary: fc.jsonValue().map((v) => JSON.stringify(v) ?? ''), weight: 8 },
    { arbitrary: hostile, weight: 1 },
    { arbitrary: openerRuns, weight: 8 },
  )

/**
 * Runs `fn`, asserting it does not throw and does not hang. The checks in this file run 80,000
 * times: each is a plain comparison, and `expect` is called only to report a failing value (its
 * matcher machinery cost more CPU per case than some of the slots themselves).
 */
export function timed<T>(fn: () => T): T {
  const start = performance.now()
  const result = fn()
  const took = performance.now() - start
  if (!(took < HANG_GUARD_MS)) expect(took, 'hang guard').toBeLessThan(HANG_GUARD_MS)
  return result
}

const OUTCOMES = ['issued', 'denied', 'invalid-input']
export const sound = async (scenario: Scenario) => {
  const trace = await simulate(scenario)
  if (!OUTCOMES.includes(trace.outcome)) expect(OUTCOMES).toContain(trace.outcome)
  if (trace.findings.some((f) => f.code === 'engine.internal-error'))
    expect(trace.findings.map((f) => f.code)).not.toContain('engine.internal-error')
}

/**
 * A policy slot: generated and mutated policy texts, evaluated on their own (`request`) and as
 * the scenario's policy (`put`): never a throw, a hang or an internal error.
 */
export const policySlot = (
  name: string,
  valid: (base: Scenario) => string,
  request: Parameters<typeof evaluatePolicy>[1],
  put: (s: Scenario, text: string) => Scenario,
) =>
  it(name, async () => {
    const base = await fuzzBase()
    await fc.assert(
      fc.asyncProperty(
        anyText(() => valid(base)),
        async (text) => {
          timed(() => evaluatePolicy(text, request))
          await sound(put(base, text))
        },
      ),
      params,
    )
  })
