/**
 * Fuzz slot "trust policy": generated and mutated trust policies; evaluation and the whole chain
 * never throw or hang. The shared generators, parameters and checks are in fuzzSlots.ts.
 */
import { describe } from 'vitest'
import { policySlot, RUNS } from './fuzzSlots'

describe(`fuzz (${RUNS} inputs per slot)`, { timeout: 600_000 }, () => {
  policySlot(
    'trust policy',
    (base) => base.aws.roles[0]!.trustPolicy,
    {
      action: 'sts:AssumeRoleWithWebIdentity',
      principal: { federated: 'arn:aws:iam::123456789012:oidc-provider/x' },
      context: { 'x:sub': 'system:serviceaccount:example:example-sa' },
    },
    (s, text) => ({ ...s, aws: { ...s.aws, roles: [{ ...s.aws.roles[0]!, trustPolicy: text }] } }),
  )
})
