/**
 * A deterministic synthetic account (tests, bench, e2e, the UI's "try a sample"): `n` roles as
 * `aws iam get-account-authorization-details` prints them, most of them well scoped, some with the
 * mistakes the audit reports, and a few roles that trust no OIDC provider.
 */
export const SAMPLE_ACCOUNT_ID = '111122223333'
export const SAMPLE_HOST = 'oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E'
export const SAMPLE_PROVIDER_ARN = `arn:aws:iam::${SAMPLE_ACCOUNT_ID}:oidc-provider/${SAMPLE_HOST}`
const GONE_HOST = 'oidc.eks.us-west-2.amazonaws.com/id/0DELETEDCLUSTER0000000000000000'

const NAMESPACES = ['payments', 'orders', 'search', 'billing', 'catalog', 'auth', 'media', 'ml']

function statement(host: string, condition: Record<string, unknown> | undefined) {
  const s: Record<string, unknown> = {
    Effect: 'Allow',
    Principal: { Federated: `arn:aws:iam::${SAMPLE_ACCOUNT_ID}:oidc-provider/${host}` },
    Action: 'sts:AssumeRoleWithWebIdentity',
  }
  if (condition) s.Condition = condition
  return s
}

/** The trust policy of sample role `i` (the kind cycles so every finding appears). */
export function sampleTrustPolicy(i: number): Record<string, unknown> {
  const ns = NAMESPACES[i % NAMESPACES.length]!
  const sa = `${ns}-app-${i}`
  const aud = { [`${SAMPLE_HOST}:aud`]: 'sts.amazonaws.com' }
  const sub = (value: string) => ({ [`${SAMPLE_HOST}:sub`]: value })
  let statements: unknown[]
  switch (i % 20) {
    case 3:
      statements = [statement(SAMPLE_HOST, { StringEquals: aud })]
      break
    case 7:
      statements = [
        statement(SAMPLE_HOST, {
          StringLike: { ...sub('system:serviceaccount:*:*') },
          StringEquals: aud,
        }),
      ]
      break
    case 11:
      statements = [
        statement(SAMPLE_HOST, {
          StringEquals: { ...sub(`system:serviceaccount:${ns}:*`), ...aud },
        }),
      ]
      break
    case 13:
      statements = [
        statement(SAMPLE_HOST, {
          StringLike: sub(`system:serviceaccount:${ns}:*`),
          StringEquals: aud,
        }),
      ]
      break
    case 15:
      statements = [
        statement(SAMPLE_HOST, { StringEquals: sub(`system:serviceaccount:${ns}:${sa}`) }),
      ]
      break
    case 17:
      statements = [
        statement(GONE_HOST, {
          StringEquals: {
            [`${GONE_HOST}:sub`]: `system:serviceaccount:${ns}:${sa}`,
            [`${GONE_HOST}:aud`]: 'sts.amazonaws.com',
          },
        }),
      ]
      break
    case 19:
      statements = [
        { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
      ]
      break
    default:
      statements = [
        statement(SAMPLE_HOST, {
          StringEquals: { ...sub(`system:serviceaccount:${ns}:${sa}`), ...aud },
        }),
      ]
  }
  return { Version: '2012-10-17', Statement: statements }
}

/** `aws iam get-account-authorization-details` with `n` roles (`encoded`: as the raw API returns it). */
export function sampleAccountDetails(n: number, encoded = false): Record<string, unknown> {
  return {
    UserDetailList: [],
    GroupDetailList: [],
    RoleDetailList: Array.from({ length: n }, (_, i) => {
      const name = `${NAMESPACES[i % NAMESPACES.length]}-role-${String(i).padStart(4, '0')}`
      const policy = sampleTrustPolicy(i)
      return {
        Path: '/',
        RoleName: name,
        RoleId: `AROA${String(i).padStart(17, '0')}`,
        Arn: `arn:aws:iam::${SAMPLE_ACCOUNT_ID}:role/${name}`,
        CreateDate: '2026-01-01T00:00:00+00:00',
        AssumeRolePolicyDocument: encoded ? encodeURIComponent(JSON.stringify(policy)) : policy,
        InstanceProfileList: [],
        RolePolicyList: [],
        AttachedManagedPolicies: [],
        Tags: [],
        RoleLastUsed: {},
      }
    }),
    Policies: [],
  }
}

/** `aws iam list-open-id-connect-providers` for the sample account. */
export function sampleProviders(): Record<string, unknown> {
  return { OpenIDConnectProviderList: [{ Arn: SAMPLE_PROVIDER_ARN }] }
}
