import { describe, expect, it } from 'vitest'
import { generateClusterKey, issueServiceAccountToken, simulate } from './index'

// The README's "engine, headless" example, kept true.
describe('README example', () => {
  it('denies a role whose trust policy has no statement, and lists every step', async () => {
    const issuer =
      'https://oidc.eks.ap-northeast-2.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90'
    const key = await generateClusterKey()
    const token = await issueServiceAccountToken({
      issuer,
      namespace: 'example',
      serviceAccount: 'example-sa',
      audiences: ['sts.amazonaws.com'],
      expirationSeconds: 86400,
      now: '2026-11-29T12:00:00Z',
      key,
    })
    const trace = await simulate({
      version: 1,
      now: '2026-11-29T12:01:00Z',
      cluster: { issuer, jwks: { keys: [key.publicJwk as Record<string, unknown>] } },
      serviceAccount: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: example-sa
  namespace: example
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/example-role`,
      token,
      aws: {
        accountId: '123456789012',
        oidcProviders: [{ url: issuer, clientIds: ['sts.amazonaws.com'] }],
        roles: [
          { name: 'example-role', trustPolicy: '{ "Version": "2012-10-17", "Statement": [] }' },
        ],
      },
    })
    expect(trace.outcome).toBe('denied')
    expect(trace.error).toEqual({
      code: 'AccessDenied',
      message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
      httpStatus: 403,
    })
    expect(trace.steps.find((s) => s.status === 'fail')?.id).toBe('trust.evaluate')
  })
})
