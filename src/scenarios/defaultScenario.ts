/**
 * The default scenario: the story of the blog post in shared/seed/ — a pod in namespace `example`
 * running as ServiceAccount `example-sa` uploads a photo to S3 through the role `example-role`
 * (with a proper 12-digit account id and a 32-hex-digit EKS cluster id).
 */
import { generateClusterKey, issueServiceAccountToken, type Scenario } from '../engine'

export const DEFAULT_ACCOUNT_ID = '123456789012'
export const DEFAULT_REGION = 'ap-northeast-2'
export const DEFAULT_ISSUER = `https://oidc.eks.${DEFAULT_REGION}.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90`
const HOST_PATH = DEFAULT_ISSUER.replace('https://', '')

export const DEFAULT_SERVICE_ACCOUNT = `apiVersion: v1
kind: ServiceAccount
metadata:
  name: example-sa
  namespace: example
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::${DEFAULT_ACCOUNT_ID}:role/example-role
`

export const DEFAULT_POD = `apiVersion: v1
kind: Pod
metadata:
  name: example-pod
  namespace: example
spec:
  serviceAccountName: example-sa
  nodeName: ip-192-168-12-34.${DEFAULT_REGION}.compute.internal
  containers:
    - name: app
      image: public.ecr.aws/docker/library/node:22
      command: ["node", "upload-photo.js"]
`

export const DEFAULT_TRUST_POLICY = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::${DEFAULT_ACCOUNT_ID}:oidc-provider/${HOST_PATH}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            [`${HOST_PATH}:sub`]: 'system:serviceaccount:example:example-sa',
            [`${HOST_PATH}:aud`]: 'sts.amazonaws.com',
          },
        },
      },
    ],
  },
  null,
  2,
)

export const DEFAULT_PERMISSION_POLICY = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'UploadPhotos',
        Effect: 'Allow',
        Action: 's3:PutObject',
        Resource: 'arn:aws:s3:::example-bucket/*',
      },
    ],
  },
  null,
  2,
)

/**
 * Builds the default scenario with a freshly generated cluster key and a token issued `now`
 * (the scenario's instant is one minute later, as when the pod starts and calls STS).
 */
export async function createDefaultScenario(now: Date = new Date()): Promise<Scenario> {
  const key = await generateClusterKey('RS256')
  const issuedAt = new Date(Math.floor(now.getTime() / 1000) * 1000 - 60_000)
  const token = await issueServiceAccountToken({
    issuer: DEFAULT_ISSUER,
    namespace: 'example',
    serviceAccount: 'example-sa',
    audiences: ['sts.amazonaws.com'],
    expirationSeconds: 86400,
    pod: { name: 'example-pod', uid: '0b0f7b1e-5a4c-4d38-9a57-1c2d3e4f5a6b' },
    node: {
      name: `ip-192-168-12-34.${DEFAULT_REGION}.compute.internal`,
      uid: '7c6d5e4f-3a2b-4c1d-8e9f-0a1b2c3d4e5f',
    },
    now: issuedAt.toISOString(),
    key,
  })
  return {
    version: 1,
    now: new Date(issuedAt.getTime() + 60_000).toISOString(),
    cluster: { issuer: DEFAULT_ISSUER, jwks: { keys: [key.publicJwk as Record<string, unknown>] } },
    serviceAccount: DEFAULT_SERVICE_ACCOUNT,
    pod: DEFAULT_POD,
    token,
    aws: {
      accountId: DEFAULT_ACCOUNT_ID,
      oidcProviders: [
        {
          url: DEFAULT_ISSUER,
          clientIds: ['sts.amazonaws.com'],
          thumbprints: ['9e99a48a9960b14926bb7f3b02e22da2b0ab7280'],
        },
      ],
      roles: [
        {
          name: 'example-role',
          trustPolicy: DEFAULT_TRUST_POLICY,
          maxSessionDuration: 3600,
          permissionPolicies: [DEFAULT_PERMISSION_POLICY],
        },
      ],
    },
    call: { action: 's3:PutObject', resource: 'arn:aws:s3:::example-bucket/photo.jpg' },
  }
}
