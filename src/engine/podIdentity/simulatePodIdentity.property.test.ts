import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { simulatePodIdentity } from './simulatePodIdentity'
import { podIdentityScenario } from './testing'

const SLOTS = [
  'cluster',
  'serviceAccount',
  'pod',
  'token',
  'aws',
  'associations',
  'call',
  'now',
] as const

describe('simulatePodIdentity never throws', () => {
  it.each(SLOTS.map((slot) => ({ name: slot, slot })))('on any JSON in $name', async ({ slot }) => {
    const base = await podIdentityScenario()
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        // Given any JSON value in one input slot
        const trace = await simulatePodIdentity({ ...base, [slot]: value } as never, {
          now: '2026-11-29T12:01:00Z',
        })
        // Then a trace comes back, never an exception, and never an internal error
        expect(['issued', 'denied', 'invalid-input']).toContain(trace.outcome)
        expect(trace.findings.map((f) => f.code)).not.toContain('podidentity.internal-error')
      }),
      { numRuns: 40 },
    )
  })

  it('on any JSON as the whole scenario', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const trace = await simulatePodIdentity(value as never, { now: '2026-11-29T12:01:00Z' })
        expect(trace.findings.map((f) => f.code)).not.toContain('podidentity.internal-error')
      }),
      { numRuns: 40 },
    )
  })
})
