/**
 * Fuzz slot "pasted CLI output": generated and mutated pastes (a ServiceAccount, a role as the CLI
 * prints it and a token) never make the paste reader throw or hang. The shared generators,
 * parameters and checks are in fuzzSlots.ts.
 */
import fc from 'fast-check'
import { beforeAll, describe, it } from 'vitest'
import type { Scenario } from '../engine'
import { detectPaste } from '../scenarios/import/detect'
import { anyText, fuzzBase, params, RUNS, timed } from './fuzzSlots'

let base: Scenario
beforeAll(async () => {
  base = await fuzzBase()
})

describe(`fuzz (${RUNS} inputs per slot)`, { timeout: 600_000 }, () => {
  it('pasted CLI output', () => {
    fc.assert(
      fc.property(
        anyText(
          () =>
            `${base.serviceAccount}\n---\n${JSON.stringify({ Role: { RoleName: 'x', Arn: 'arn:aws:iam::123456789012:role/x', AssumeRolePolicyDocument: base.aws.roles[0]!.trustPolicy } })}\n${base.token}`,
        ),
        (text) => {
          timed(() => detectPaste(text))
        },
      ),
      params,
    )
  })
})
