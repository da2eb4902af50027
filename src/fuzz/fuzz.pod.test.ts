/**
 * Fuzz slot "pod YAML": generated and mutated pod manifests: parsing, the webhook and the whole
 * chain never throw or hang. The shared generators, parameters and checks are in fuzzSlots.ts.
 */
import fc from 'fast-check'
import { beforeAll, describe, it } from 'vitest'
import type { Scenario } from '../engine'
import { parseYamlDocument } from '../engine/text'
import { mutatePod } from '../engine/webhook'
import { anyText, fuzzBase, params, RUNS, sound, timed } from './fuzzSlots'

let base: Scenario
beforeAll(async () => {
  base = await fuzzBase()
})

describe(`fuzz (${RUNS} inputs per slot)`, { timeout: 600_000 }, () => {
  it('pod YAML', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyText(() => base.pod ?? ''),
        async (pod) => {
          const doc = timed(() => parseYamlDocument(pod, 'pod'))
          timed(() => mutatePod((doc.value ?? {}) as object, {}))
          await sound({ ...base, pod })
        },
      ),
      params,
    )
  })
})
