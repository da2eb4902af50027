import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mutatePod } from './mutatePod'
import { applyPatch } from './patch'
import { container, pod, sa } from './testing'

const annotationValue = fc.oneof(
  fc.string(),
  fc.constantFrom('true', 'False', '0', '600', '-1', '99999999999999999999', 'a,"b', ''),
)
const annotations = fc.dictionary(
  fc.constantFrom(
    'eks.amazonaws.com/role-arn',
    'eks.amazonaws.com/audience',
    'eks.amazonaws.com/sts-regional-endpoints',
    'eks.amazonaws.com/token-expiration',
    'eks.amazonaws.com/skip-containers',
    'other/role-arn',
  ),
  annotationValue,
)
/** Pods close to real ones: the generator reaches the mutation code, not only the early exits. */
const nearPod = fc
  .record({
    containers: fc.array(
      fc.oneof(
        fc.constantFrom('app', 'sidecar', 'init').map((n) => container(n)),
        fc.jsonValue(),
      ),
      { maxLength: 3 },
    ),
    initContainers: fc.oneof(fc.constant(undefined), fc.array(fc.jsonValue(), { maxLength: 2 })),
    volumes: fc.oneof(fc.constant(undefined), fc.jsonValue()),
    nodeSelector: fc.oneof(
      fc.constant(undefined),
      fc.constant({ 'kubernetes.io/os': 'windows' }),
      fc.jsonValue(),
    ),
  })
  .chain((spec) => annotations.map((a) => pod(spec, a)))
const nearSa = annotations.map((a) => ({
  kind: 'ServiceAccount',
  metadata: { name: 'default', annotations: a },
}))
const config = fc.record(
  {
    region: fc.string(),
    stsRegionalEndpoints: fc.boolean(),
    defaultAudience: fc.string(),
    tokenExpiration: fc.oneof(fc.integer(), fc.double()),
    mountPath: fc.string(),
  },
  { requiredKeys: [] },
)

/** Every property: no throw, no internal error, inputs untouched, pod == apply(input, patch). */
function check(podInput: unknown, saInput: unknown, cfg?: object) {
  const podBefore = JSON.stringify(podInput)
  const saBefore = JSON.stringify(saInput)
  const mutation = mutatePod(podInput as object, saInput as object, cfg)
  expect(mutation.findings.map((f) => f.code)).not.toContain('webhook.internal-error')
  expect(JSON.stringify(podInput)).toBe(podBefore)
  expect(JSON.stringify(saInput)).toBe(saBefore)
  if (mutation.skipped) expect(mutation.patch).toEqual([])
  else expect(applyPatch(podInput, mutation.patch)).toEqual({ ok: true, value: mutation.pod })
}

describe('mutatePod properties', () => {
  it('never throws on any JSON pod and ServiceAccount', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (p, s) => check(p, s)),
      { numRuns: 500 },
    )
  })

  it('never throws on any JSON where the webhook reads', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.jsonValue(),
        fc.jsonValue(),
        fc.jsonValue(),
        (metadata, spec, saMetadata, annotationsValue) => {
          check({ metadata, spec }, { kind: 'ServiceAccount', metadata: saMetadata })
          check(pod({ containers: spec }, undefined), sa())
          check(
            {
              metadata: { annotations: annotationsValue },
              spec: { serviceAccountName: 'default' },
            },
            sa(),
          )
        },
      ),
      { numRuns: 300 },
    )
  })

  it('patch applied to the input is the mutated pod, for pods near real ones', () => {
    fc.assert(
      fc.property(nearPod, nearSa, config, (p, s, c) => check(p, s, c)),
      { numRuns: 500 },
    )
  })
})
