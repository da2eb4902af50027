import { describe, expect, it } from 'vitest'
import { mutatePod } from './mutatePod'
import { applyPatch } from './patch'
import { codes, container, identityEnv, pod, sa, tokenMount, tokenVolume } from './testing'

interface Row {
  name: string
  pod: object
  sa?: object
  /** The paths of the patch operations, in order. */
  paths: string[]
  findings: string[]
}

// Fields of the wrong type (which the API server would refuse) are reported and worked around:
// whatever the webhook could still do is done, and the patch still applies to the input.
const rows: Row[] = [
  {
    name: 'containers is not a list: no containers operation',
    pod: pod({ containers: 'app' }),
    paths: ['/spec/volumes'],
    findings: ['webhook.pod.invalid-field /spec/containers'],
  },
  {
    name: 'no containers at all: an empty list is patched, as the webhook does',
    pod: pod({}),
    paths: ['/spec/volumes', '/spec/containers'],
    findings: ['webhook.pod.no-containers /spec'],
  },
  {
    name: 'volumes is not a list: no volume operation',
    pod: pod({ containers: [container('app')], volumes: { name: 'x' } }),
    paths: ['/spec/containers'],
    findings: ['webhook.pod.invalid-field /spec/volumes'],
  },
  {
    name: 'initContainers is not a list: containers still mutated',
    pod: pod({ containers: [container('app')], initContainers: 7 }),
    paths: ['/spec/volumes', '/spec/containers'],
    findings: ['webhook.pod.invalid-field /spec/initContainers'],
  },
  {
    name: 'a container that is not an object is kept as is',
    pod: pod({ containers: ['app', container('ok')] }),
    paths: ['/spec/volumes', '/spec/containers'],
    findings: ['webhook.pod.invalid-field /spec/containers/0'],
  },
  {
    name: 'env that is not a list leaves the container unchanged',
    pod: pod({ containers: [container('app', { env: { AWS_REGION: 'x' } })] }),
    paths: ['/spec/volumes', '/spec/containers'],
    findings: ['webhook.pod.invalid-field /spec/containers/0/env'],
  },
  {
    name: 'env entries without a string name are reported and kept',
    pod: pod({ containers: [container('app', { env: [5, { value: 'x' }] })] }),
    paths: ['/spec/volumes', '/spec/containers'],
    findings: [
      'webhook.pod.invalid-field /spec/containers/0/env/0',
      'webhook.pod.invalid-field /spec/containers/0/env/1',
    ],
  },
  {
    name: 'annotations, labels and nodeSelector of the wrong type are ignored',
    pod: {
      metadata: { annotations: ['x'], labels: { a: 1 }, namespace: 3 },
      spec: {
        serviceAccountName: 'default',
        containers: [container('app')],
        nodeSelector: 'windows',
      },
    },
    paths: ['/spec/volumes', '/spec/containers'],
    findings: [
      'webhook.pod.invalid-field /metadata/annotations',
      'webhook.pod.invalid-field /metadata/labels/a',
      'webhook.pod.invalid-field /metadata/namespace',
      'webhook.pod.invalid-field /spec/nodeSelector',
    ],
  },
  {
    name: 'unknown container fields are dropped as Go decoding drops them',
    pod: pod({ containers: [container('app', { imagePolicy: 'x' })] }),
    paths: ['/spec/volumes', '/spec/containers'],
    findings: ['webhook.pod.unknown-field /spec/containers/0/imagePolicy'],
  },
  {
    name: 'deprecated spec.serviceAccount is read when serviceAccountName is absent',
    pod: { metadata: {}, spec: { serviceAccount: 'default', containers: [container('app')] } },
    paths: ['/spec/volumes', '/spec/containers'],
    findings: [],
  },
  {
    name: '__proto__ keys stay ordinary data',
    pod: JSON.parse(
      '{"metadata":{"annotations":{"__proto__":"x"}},"spec":{"serviceAccountName":"default","__proto__":{"containers":1},"containers":[{"name":"app","__proto__":"y"}]}}',
    ) as object,
    paths: ['/spec/volumes', '/spec/containers'],
    findings: ['webhook.pod.unknown-field /spec/containers/0/__proto__'],
  },
]

describe('mutatePod on malformed pods', () => {
  it.each(rows)('$name', (row) => {
    // When
    const mutation = mutatePod(row.pod, row.sa ?? sa())
    // Then
    expect(mutation.skipped).toBe(false)
    expect(mutation.patch.map((op) => op.path)).toEqual(row.paths)
    expect(codes(mutation.findings)).toEqual([...row.findings].sort())
    expect(applyPatch(row.pod, mutation.patch)).toEqual({ ok: true, value: mutation.pod })
  })

  it('mutates what it can next to a broken container', () => {
    const mutation = mutatePod(pod({ containers: ['app', container('ok')] }), sa())
    const containers = (mutation.pod as { spec: { containers: unknown[] } }).spec.containers
    expect(containers).toEqual([
      'app',
      {
        name: 'ok',
        image: 'amazonlinux',
        env: identityEnv(),
        resources: {},
        volumeMounts: [tokenMount()],
      },
    ])
    expect(mutation.patch[0]).toEqual({ op: 'add', path: '/spec/volumes', value: [tokenVolume()] })
  })
})

describe('mutatePod on a container with a malformed env', () => {
  it('leaves that container as written (only re-encoded)', () => {
    // Given env as a map instead of a list
    const input = pod({ containers: [container('app', { env: { AWS_REGION: 'x' } })] })
    // When
    const mutation = mutatePod(input, sa())
    // Then no variable and no mount were added to it
    const containers = (mutation.pod as { spec: { containers: unknown[] } }).spec.containers
    expect(containers).toEqual([
      { name: 'app', image: 'amazonlinux', env: { AWS_REGION: 'x' }, resources: {} },
    ])
  })
})
