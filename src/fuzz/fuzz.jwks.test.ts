/**
 * Fuzz slot "JWKS": any JSON and mutated JWKS texts as the cluster’s keys: the whole chain never
 * throws, never an internal error. The shared generators, parameters and checks are in
 * fuzzSlots.ts.
 */
import fc from 'fast-check'
import { beforeAll, describe, it } from 'vitest'
import type { Scenario } from '../engine'
import { parseJsonDocument } from '../engine/text'
import { anyText, fuzzBase, params, RUNS, sound } from './fuzzSlots'

let base: Scenario
beforeAll(async () => {
  base = await fuzzBase()
})

describe(`fuzz (${RUNS} inputs per slot)`, { timeout: 600_000 }, () => {
  it('JWKS', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          anyText(() => JSON.stringify(base.cluster.jwks)).map(
            (t) => parseJsonDocument(t, 'jwks').value,
          ),
        ),
        async (jwks) => {
          await sound({
            ...base,
            cluster: { ...base.cluster, jwks: jwks as Scenario['cluster']['jwks'] },
          })
        },
      ),
      params,
    )
  })
})
