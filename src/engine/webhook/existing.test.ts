/**
 * handler.go getPodSpecPatch: a pod that already has the variables, the mount and the volume gets
 * the `/spec/containers` operation all the same, with `changed` false (MutatePod logs "Pod was not
 * mutated"). A running pod with the injection is recognised as mutated.
 */
import { describe, expect, it } from 'vitest'
import { mutatePod } from './mutatePod'
import { carriesIrsaInjection, wouldInjectIntoExisting } from './existing'

const ARN = 'arn:aws:iam::123456789012:role/example-role'
const serviceAccount = {
  metadata: {
    name: 'example-sa',
    namespace: 'example',
    annotations: { 'eks.amazonaws.com/role-arn': ARN },
  },
}
const container = (env: string[], mount = true) => ({
  name: 'app',
  image: 'app:1',
  env: env.map((name) => ({ name, value: name === 'AWS_ROLE_ARN' ? ARN : 'x' })),
  volumeMounts: mount
    ? [{ name: 'aws-iam-token', mountPath: '/var/run/secrets/eks.amazonaws.com/serviceaccount' }]
    : [],
})
const ALL = [
  'AWS_STS_REGIONAL_ENDPOINTS',
  'AWS_DEFAULT_REGION',
  'AWS_REGION',
  'AWS_ROLE_ARN',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
]
const pod = (c: object, volume = true) => ({
  metadata: { name: 'p', namespace: 'example' },
  spec: {
    serviceAccountName: 'example-sa',
    containers: [c],
    volumes: volume ? [{ name: 'aws-iam-token', projected: { sources: [] } }] : [],
  },
})
const config = { region: 'ap-northeast-2', stsRegionalEndpoints: true }

describe('a pod mutated before', () => {
  it('gets /spec/containers re-emitted with changed false', () => {
    const mutation = mutatePod(pod(container(ALL)), serviceAccount, config)
    expect(mutation.patch.map((op) => op.path)).toEqual(['/spec/containers'])
    expect(mutation.changed).toBe(false)
    expect(mutation.findings.map((f) => f.code)).toContain('webhook.pod.unchanged')
    expect(wouldInjectIntoExisting(pod(container(ALL)), mutation)).toBe(false)
  })

  it('a fresh pod is changed', () => {
    const fresh = pod(container([], false), false)
    const mutation = mutatePod(fresh, serviceAccount, config)
    expect(mutation.changed).toBe(true)
    expect(wouldInjectIntoExisting(fresh, mutation)).toBe(true)
  })

  it('the identity without the region variables still counts as injected', () => {
    const older = pod(container(['AWS_ROLE_ARN', 'AWS_WEB_IDENTITY_TOKEN_FILE']))
    const mutation = mutatePod(older, serviceAccount, config)
    expect(mutation.changed).toBe(true)
    expect(carriesIrsaInjection(older)).toBe(true)
    expect(wouldInjectIntoExisting(older, mutation)).toBe(false)
  })

  it('without the volume, or a container without the mount, it is not', () => {
    expect(carriesIrsaInjection(pod(container(ALL), false))).toBe(false)
    expect(carriesIrsaInjection(pod(container(ALL, false)))).toBe(false)
    expect(carriesIrsaInjection({ spec: { containers: [] } })).toBe(false)
    expect(carriesIrsaInjection('not a pod')).toBe(false)
  })
})
