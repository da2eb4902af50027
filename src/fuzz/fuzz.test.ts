/**
 * The fuzz suite: for every input slot, generated and mutated inputs (FUZZ_RUNS each, 10,000 by
 * default) — never an uncaught exception, never an internal error, never a hang. The slots that run
 * the whole chain have a file each (fuzz.<slot>.test.ts) so the two Vitest workers share them out;
 * this file holds the share-link slot. Generators, parameters and checks: fuzzSlots.ts.
 * Speed is not asserted here (a busy machine would fail it): `npm run bench` measures it.
 * fast-check prints the seed and path of any failure, so it reproduces with
 * `FUZZ_SEED=<seed> npx vitest run src/fuzz`.
 */
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { decodeShareFragment } from '../scenarios/share/codec'
import { hostile, params, RUNS, timed } from './fuzzSlots'

describe(`fuzz (${RUNS} inputs per slot)`, { timeout: 600_000 }, () => {
  it('share link', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `s=${s}`),
          fc.string().map((s) => `p=${s}`),
          hostile.map((s) => `s=${s}`),
        ),
        (fragment) => {
          timed(() => decodeShareFragment(fragment))
        },
      ),
      params,
    )
  })
})
