/**
 * Shared test data: the canonical IRSA trust policy of spec §6.1 with the blog post's values.
 * (Imported only by *.test.ts.)
 */
export const ACCOUNT = '123456789012'
export const HOST = 'oidc.eks.ap-northeast-2.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF'
export const ISSUER = `https://${HOST}`
export const PROVIDER_ARN = `arn:aws:iam::${ACCOUNT}:oidc-provider/${HOST}`
export const SUB = 'system:serviceaccount:example:example-sa'
/** Pointer-escaped host (RFC 6901: "/" → "~1"). */
export const HOST_TOKEN = HOST.replace(/\//g, '~1')

/** The trust policy object; `condition` replaces the Condition element when given. */
export function trustPolicy(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: PROVIDER_ARN },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { [`${HOST}:aud`]: 'sts.amazonaws.com', [`${HOST}:sub`]: SUB } },
        ...overrides,
      },
    ],
  }
}

/** The canonical trust policy as IAM stores it (JSON text). */
export const TRUST_POLICY_TEXT = JSON.stringify(trustPolicy(), null, 2)
