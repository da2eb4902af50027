import { describe, expect, it } from 'vitest'
import { defaultPod, DEFAULT_POD_IMAGE } from './defaultPod'
import { mutatePod } from './mutatePod'
import { ROLE } from './testing'

describe('defaultPod', () => {
  it.each([
    {
      name: 'runs as the ServiceAccount in its namespace',
      sa: { kind: 'ServiceAccount', metadata: { name: 'example-sa', namespace: 'example' } },
      expected: { name: 'example-sa-pod', namespace: 'example', serviceAccountName: 'example-sa' },
    },
    {
      name: 'default namespace',
      sa: { kind: 'ServiceAccount', metadata: { name: 'app' } },
      expected: { name: 'app-pod', namespace: 'default', serviceAccountName: 'app' },
    },
    {
      name: 'a ServiceAccount without name gives a pod running as default',
      sa: 'nonsense',
      expected: { name: 'default-pod', namespace: 'default', serviceAccountName: 'default' },
    },
  ])('$name', ({ sa, expected }) => {
    const pod = defaultPod(sa as object) as {
      metadata: { name: string; namespace: string }
      spec: { serviceAccountName: string; containers: { name: string; image: string }[] }
    }
    expect({
      name: pod.metadata.name,
      namespace: pod.metadata.namespace,
      serviceAccountName: pod.spec.serviceAccountName,
    }).toEqual(expected)
    expect(pod.spec.containers.map((c) => [c.name, c.image])).toEqual([['app', DEFAULT_POD_IMAGE]])
  })

  it('is mutated by the webhook for its annotated ServiceAccount', () => {
    // Given the blog post's ServiceAccount
    const sa = {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: {
        name: 'example-sa',
        namespace: 'example',
        annotations: { 'eks.amazonaws.com/role-arn': ROLE },
      },
    }
    // When
    const mutation = mutatePod(defaultPod(sa), sa)
    // Then it is mutated without any finding
    expect(mutation.skipped).toBe(false)
    expect(mutation.findings).toEqual([])
  })
})
