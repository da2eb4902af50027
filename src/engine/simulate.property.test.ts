import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateClusterKey } from './jwt'
import { simulate } from './simulate'
import { baseScenario, issueToken, type ClusterKey } from './testing/scenarioFixtures'
import type { Scenario, Trace } from './types'

let key: ClusterKey
let token: string
beforeAll(async () => {
  key = await generateClusterKey('RS256')
  token = await issueToken(key)
})

const OUTCOMES = ['issued', 'denied', 'invalid-input']
const assertSound = (trace: Trace) => {
  expect(OUTCOMES).toContain(trace.outcome)
  expect(trace.findings.map((f) => f.code)).not.toContain('engine.internal-error')
  expect(() => JSON.stringify(trace)).not.toThrow()
}

/** Puts an arbitrary value into one input slot of the happy-path scenario. */
const slots: Record<string, (s: Scenario, v: unknown) => void> = {
  token: (s, v) => void ((s as { token: unknown }).token = v),
  tokenText: (s, v) => void (s.token = typeof v === 'string' ? v : JSON.stringify(v)),
  jwks: (s, v) => void ((s.cluster as { jwks: unknown }).jwks = v),
  jwksKey: (s, v) => void (s.cluster.jwks = { keys: [v as Record<string, unknown>] }),
  serviceAccount: (s, v) => void (s.serviceAccount = typeof v === 'string' ? v : JSON.stringify(v)),
  pod: (s, v) => void (s.pod = typeof v === 'string' ? v : JSON.stringify(v)),
  trustPolicy: (s, v) =>
    void (s.aws.roles[0]!.trustPolicy = typeof v === 'string' ? v : JSON.stringify(v)),
  permissionPolicy: (s, v) =>
    void (s.aws.roles[0]!.permissionPolicies = [typeof v === 'string' ? v : JSON.stringify(v)]),
  providers: (s, v) => void ((s.aws as { oidcProviders: unknown }).oidcProviders = v),
  request: (s, v) => void ((s as { request: unknown }).request = v),
  now: (s, v) => void ((s as { now: unknown }).now = v),
  whole: (s, v) => Object.assign(s, { aws: v }),
}

describe('simulate never throws', () => {
  it.each(Object.keys(slots))('on arbitrary JSON in the %s slot', async (slot) => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.string()), async (value) => {
        const scenario = baseScenario(key, token)
        slots[slot]!(scenario, value)
        assertSound(await simulate(scenario))
      }),
      { numRuns: 60 },
    )
  })

  it('on a scenario that is not an object at all', async () => {
    for (const value of [null, 42, 'text', [], undefined])
      assertSound(await simulate(value as unknown as Scenario))
  })

  it('on megabyte-long inputs', async () => {
    const huge = 'x'.repeat(1_000_000)
    for (const slot of [
      'tokenText',
      'serviceAccount',
      'pod',
      'trustPolicy',
      'permissionPolicy',
    ] as const) {
      const scenario = baseScenario(key, token)
      slots[slot]!(scenario, huge)
      assertSound(await simulate(scenario))
    }
  })
})
