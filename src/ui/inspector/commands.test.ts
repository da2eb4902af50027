import { describe, expect, it } from 'vitest'
import { tokenCommands } from './commands'

const sa = `apiVersion: v1
kind: ServiceAccount
metadata:
  name: photo-sa
  namespace: photos
`

describe(tokenCommands, () => {
  it('names the token’s ServiceAccount, namespace, audience and pod', () => {
    const payload = {
      aud: ['sts.amazonaws.com'],
      sub: 'system:serviceaccount:example:example-sa',
      'kubernetes.io': {
        namespace: 'example',
        pod: { name: 'example-pod' },
        serviceaccount: { name: 'example-sa' },
      },
    }
    expect(tokenCommands(payload, sa)).toEqual({
      create: 'kubectl create token example-sa -n example --audience sts.amazonaws.com',
      read: 'kubectl exec example-pod -n example -- cat /var/run/secrets/eks.amazonaws.com/serviceaccount/token',
    })
  })

  it('falls back to sub, then to the ServiceAccount manifest', () => {
    expect(tokenCommands({ sub: 'system:serviceaccount:a:b', aud: 'x' }, sa).create).toBe(
      'kubectl create token b -n a --audience x',
    )
    expect(tokenCommands(undefined, sa)).toEqual({
      create: 'kubectl create token photo-sa -n photos --audience sts.amazonaws.com',
      read: 'kubectl exec <pod> -n photos -- cat /var/run/secrets/eks.amazonaws.com/serviceaccount/token',
    })
  })
})
