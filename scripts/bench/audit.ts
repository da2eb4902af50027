/**
 * The account audit's figures, in Node (the browser runs the same code in a worker):
 * - a 2,000-role `get-account-authorization-details` output (URL-encoded, as the raw API returns
 *   it), read and analysed end to end. Budget ≤ 2 s (issue #16; measured in Node, the browser's
 *   worker runs the same functions).
 * - subjectSet() on one realistic trust policy (the canonical IRSA one, JSON text): budget ≤ 100 µs
 *   (about 4× evaluatePolicy's: it walks every statement for every provider and folds the sets).
 */
import { subjectSet } from '../../src/engine'
import { auditAccount, mergeAccountInputs, readAccountInput } from '../../src/scenarios/audit'
import {
  sampleAccountDetails,
  sampleProviders,
  sampleTrustPolicy,
} from '../../src/scenarios/audit/sample'
import type { Row } from './table'

function median(run: () => unknown, iterations: number): number {
  run()
  const times: number[] = []
  for (let i = 0; i < iterations; i++) {
    const start = performance.now()
    run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}

export function auditRows(): Row[] {
  const accountText = JSON.stringify(sampleAccountDetails(2000, true))
  const providersText = JSON.stringify(sampleProviders())
  const accountMs = median(() => {
    const report = auditAccount(
      mergeAccountInputs([readAccountInput(accountText), readAccountInput(providersText)]),
    )
    if (report.roles.length !== 2000) throw new Error('audit lost roles')
  }, 7)
  const policy = JSON.stringify(sampleTrustPolicy(0))
  const batch = 1000
  for (let i = 0; i < 5000; i++) subjectSet(policy)
  const perPolicyMs =
    median(() => {
      for (let i = 0; i < batch; i++) subjectSet(policy)
    }, 15) / batch
  return [
    {
      name: 'account audit, 2,000 roles (read + analyse)',
      value: `${accountMs.toFixed(0)} ms`,
      budget: '≤ 2000 ms',
      ok: accountMs <= 2000,
    },
    {
      name: 'subjectSet() per trust policy',
      value: `${(perPolicyMs * 1000).toFixed(1)} µs`,
      budget: '≤ 100 µs',
      ok: perPolicyMs * 1000 <= 100,
    },
  ]
}
