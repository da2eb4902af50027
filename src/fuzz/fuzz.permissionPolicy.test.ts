/**
 * Fuzz slot "permission policy": generated and mutated permission policies; evaluation and the
 * whole chain never throw or hang. The shared generators, parameters and checks are in
 * fuzzSlots.ts.
 */
import { describe } from 'vitest'
import { policySlot, RUNS } from './fuzzSlots'

describe(`fuzz (${RUNS} inputs per slot)`, { timeout: 600_000 }, () => {
  policySlot(
    'permission policy',
    (base) => base.aws.roles[0]!.permissionPolicies![0]!,
    { action: 's3:PutObject', resource: 'arn:aws:s3:::example-bucket/photo.jpg', context: {} },
    (s, text) => ({
      ...s,
      aws: { ...s.aws, roles: [{ ...s.aws.roles[0]!, permissionPolicies: [text] }] },
    }),
  )
})
