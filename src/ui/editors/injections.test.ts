import { describe, expect, it } from 'vitest'
import { mutatePod } from '../../engine'
import { explainMutation } from './injections'

const serviceAccount = {
  apiVersion: 'v1',
  kind: 'ServiceAccount',
  metadata: {
    name: 'example-sa',
    namespace: 'example',
    annotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::123456789012:role/example-role' },
  },
}

const pod = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p', namespace: 'example' },
  spec: {
    serviceAccountName: 'example-sa',
    containers: [{ name: 'app', image: 'x', env: [{ name: 'KEEP', value: '1' }] }],
  },
}

describe(explainMutation, () => {
  it('lists the token volume, its mount and each AWS_* variable the webhook added', () => {
    const mutation = mutatePod(pod, serviceAccount, { region: 'ap-northeast-2' })
    const injections = explainMutation(pod, mutation.pod)
    expect(injections).toContainEqual({
      kind: 'volume',
      name: 'aws-iam-token',
      audience: 'sts.amazonaws.com',
      expirationSeconds: 86400,
    })
    expect(injections).toContainEqual({
      kind: 'mount',
      container: 'app',
      name: 'aws-iam-token',
      mountPath: '/var/run/secrets/eks.amazonaws.com/serviceaccount',
    })
    const env = injections.filter((i) => i.kind === 'env').map((i) => i.name)
    expect(env).toEqual(
      expect.arrayContaining(['AWS_ROLE_ARN', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_REGION']),
    )
    expect(env).not.toContain('KEEP')
  })

  it('is empty when nothing was added', () => {
    expect(explainMutation(pod, pod)).toEqual([])
  })
})
