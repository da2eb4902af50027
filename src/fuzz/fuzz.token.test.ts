/**
 * Fuzz slot "token": generated and mutated tokens: decoding and the whole chain never throw, never
 * an internal error. The shared generators, parameters and checks are in fuzzSlots.ts.
 */
import fc from 'fast-check'
import { beforeAll, describe, it } from 'vitest'
import type { Scenario } from '../engine'
import { decodeToken } from '../engine/jwt'
import { anyText, fuzzBase, params, RUNS, sound, timed } from './fuzzSlots'

let base: Scenario
beforeAll(async () => {
  base = await fuzzBase()
})

describe(`fuzz (${RUNS} inputs per slot)`, { timeout: 600_000 }, () => {
  it('token', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyText(() => base.token),
        async (token) => {
          timed(() => decodeToken(token))
          await sound({ ...base, token })
        },
      ),
      params,
    )
  })
})
