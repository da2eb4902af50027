import { describe, expect, it } from 'vitest'
import { mutatePod, SKIP_REASONS } from './mutatePod'
import { codes, container, pod, ROLE, sa } from './testing'

const ROLE_ARN_POINTER = '/metadata/annotations/eks.amazonaws.com~1role-arn'

interface Row {
  name: string
  pod: unknown
  sa: unknown
  reason: string
  findings: string[]
}

// Pods the webhook leaves alone: handler.go answers `allowed: true` with no patch, or the
// API server never calls it (objectSelector), or the input is not a pod at all.
const rows: Row[] = [
  {
    name: 'no role-arn annotation',
    pod: pod({ containers: [container('app')] }),
    sa: sa({}, null),
    reason: SKIP_REASONS.noRoleArn,
    findings: ['webhook.sa.role-arn-missing /metadata/annotations'],
  },
  {
    name: 'empty role-arn annotation (cache.go keeps "", handler.go needs non-empty)',
    pod: pod({ containers: [container('app')] }),
    sa: sa({}, ''),
    reason: SKIP_REASONS.noRoleArn,
    findings: [`webhook.sa.role-arn-empty ${ROLE_ARN_POINTER}`],
  },
  {
    name: 'role-arn under another prefix',
    pod: pod({ containers: [container('app')] }),
    sa: sa({ 'eks.amazon.com/role-arn': ROLE }, null),
    reason: SKIP_REASONS.noRoleArn,
    findings: [
      'webhook.sa.role-arn-missing /metadata/annotations',
      'webhook.sa.role-arn-other-prefix /metadata/annotations/eks.amazon.com~1role-arn',
    ],
  },
  {
    name: 'skip label, whatever its value (objectSelector DoesNotExist)',
    pod: pod({ containers: [container('app')] }, undefined, {
      'eks.amazonaws.com/skip-pod-identity-webhook': 'false',
    }),
    sa: sa(),
    reason: SKIP_REASONS.skipLabel,
    findings: [
      'webhook.pod.skip-label /metadata/labels/eks.amazonaws.com~1skip-pod-identity-webhook',
    ],
  },
  {
    name: 'pod runs as another ServiceAccount',
    pod: { metadata: { name: 'p' }, spec: { serviceAccountName: 'other', containers: [] } },
    sa: sa(),
    reason: SKIP_REASONS.otherServiceAccount,
    findings: ['webhook.pod.service-account-mismatch /spec/serviceAccountName'],
  },
  {
    name: 'pod in another namespace',
    pod: { metadata: { name: 'p', namespace: 'prod' }, spec: { serviceAccountName: 'default' } },
    sa: sa(),
    reason: SKIP_REASONS.otherServiceAccount,
    findings: ['webhook.pod.service-account-mismatch /metadata/namespace'],
  },
  {
    name: 'pod without serviceAccountName runs as "default", not as the given app-sa',
    pod: { metadata: { name: 'p' }, spec: { containers: [container('app')] } },
    sa: { kind: 'ServiceAccount', metadata: { name: 'app-sa', annotations: {} } },
    reason: SKIP_REASONS.otherServiceAccount,
    findings: [
      'webhook.pod.service-account-defaulted /spec',
      'webhook.pod.service-account-mismatch /spec',
      'webhook.sa.role-arn-missing /metadata/annotations',
    ],
  },
  ...[null, [], 'pod', 42, true].map((value) => ({
    name: `pod ${JSON.stringify(value)} is not an object`,
    pod: value,
    sa: sa(),
    reason: SKIP_REASONS.notAnObject,
    findings: ['webhook.pod.not-an-object '],
  })),
  {
    name: 'pod without spec',
    pod: { kind: 'Pod', metadata: { name: 'p' } },
    sa: sa(),
    reason: SKIP_REASONS.noSpec,
    findings: ['webhook.pod.spec-missing '],
  },
  {
    name: 'ServiceAccount that is not an object',
    pod: pod({ containers: [container('app')] }),
    sa: 'default',
    reason: SKIP_REASONS.noRoleArn,
    findings: ['webhook.sa.not-an-object ', 'webhook.sa.role-arn-missing /metadata/annotations'],
  },
]

describe('mutatePod leaves these pods alone', () => {
  it.each(rows)('$name', (row) => {
    // When
    const mutation = mutatePod(row.pod as object, row.sa as object)
    // Then
    expect(mutation.skipped).toBe(true)
    expect(mutation.reason).toBe(row.reason)
    expect(mutation.patch).toEqual([])
    expect(codes(mutation.findings)).toEqual([...row.findings].sort())
    const expectedPod = typeof row.pod === 'object' && row.pod !== null ? row.pod : {}
    expect(mutation.pod).toEqual(expectedPod)
    if (typeof row.pod === 'object' && row.pod !== null) expect(mutation.pod).not.toBe(row.pod)
  })
})
