/**
 * The blog post's scenario (shared/seed/) as a builder with knobs: every gallery preset is this
 * story with one thing changed. Tokens are really signed with the material's cluster key.
 */
import {
  issueServiceAccountToken,
  type OidcProviderInput,
  type Scenario,
  type ScenarioDocuments,
} from '../../engine'
import type { ClusterKey } from '../../engine/jwt'

export const ACCOUNT_ID = '123456789012'
export const REGION = 'ap-northeast-2'
export const ISSUER = `https://oidc.eks.${REGION}.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90`
export const HOST_PATH = ISSUER.replace('https://', '')
export const PROVIDER_ARN = `arn:aws:iam::${ACCOUNT_ID}:oidc-provider/${HOST_PATH}`
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT_ID}:role/example-role`
export const NODE_NAME = `ip-192-168-12-34.${REGION}.compute.internal`
/** The EKS OIDC endpoint's root CA thumbprint that `eksctl` registers (kept, no longer decisive). */
export const EKS_THUMBPRINT = '9e99a48a9960b14926bb7f3b02e22da2b0ab7280'

/** What every preset is built from: a cluster key and the instant the token was issued. */
export interface PresetMaterial {
  key: ClusterKey
  /** ISO 8601; the scenario's instant defaults to one minute later. */
  issuedAt: string
}

export function serviceAccountYaml(
  name: string,
  namespace: string,
  roleArn: string | null,
): string {
  return [
    'apiVersion: v1',
    'kind: ServiceAccount',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ${namespace}`,
    ...(roleArn === null ? [] : ['  annotations:', `    eks.amazonaws.com/role-arn: ${roleArn}`]),
    '',
  ].join('\n')
}

export function podYaml(name: string, namespace: string, serviceAccount: string): string {
  return [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ${namespace}`,
    'spec:',
    `  serviceAccountName: ${serviceAccount}`,
    `  nodeName: ${NODE_NAME}`,
    '  containers:',
    '    - name: app',
    '      image: public.ecr.aws/docker/library/node:22',
    '      command: ["node", "upload-photo.js"]',
    '',
  ].join('\n')
}

export interface TrustOptions {
  sub?: string | string[] | null
  aud?: string | null
  operator?: string
  federated?: string
  extraStatements?: object[]
  /** Swap the values of :sub and :aud (a classic copy-paste slip). */
  swapped?: boolean
}

/** The canonical IRSA trust policy (spec §6.1) with the blog post's values, or a variation. */
export function trustPolicy(options: TrustOptions = {}): string {
  const sub = options.sub === undefined ? 'system:serviceaccount:example:example-sa' : options.sub
  const aud = options.aud === undefined ? 'sts.amazonaws.com' : options.aud
  const condition: Record<string, unknown> = {}
  if (sub !== null) condition[`${HOST_PATH}:sub`] = options.swapped ? aud : sub
  if (aud !== null) condition[`${HOST_PATH}:aud`] = options.swapped ? sub : aud
  const statement = {
    Effect: 'Allow',
    Principal: { Federated: options.federated ?? PROVIDER_ARN },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: { [options.operator ?? 'StringEquals']: condition },
  }
  return JSON.stringify(
    { Version: '2012-10-17', Statement: [statement, ...(options.extraStatements ?? [])] },
    null,
    2,
  )
}

export const PUT_OBJECT_POLICY = JSON.stringify(
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

export interface BlogOptions {
  /** Where the pod runs (and so the token's subject). */
  namespace?: string
  serviceAccount?: string
  /** The role-arn annotation; null: none. */
  roleArnAnnotation?: string | null
  audiences?: string[]
  issuer?: string
  expirationSeconds?: number
  trustPolicy?: string
  oidcProviders?: OidcProviderInput[]
  accountId?: string
  permissionPolicy?: string | null
  maxSessionDuration?: number
  request?: Scenario['request']
  pod?: string
  /** The scenario's instant; default one minute after the token was issued. */
  now?: string
}

/** Where the pod runs and as whom: the blog post's, unless the options say otherwise. */
const identity = (options: BlogOptions) => ({
  namespace: options.namespace ?? 'example',
  serviceAccount: options.serviceAccount ?? 'example-sa',
})

/** The scenario's documents that do not depend on the cluster key (see `prepareDocuments`). */
export function blogDocuments(options: BlogOptions = {}): ScenarioDocuments & { pod: string } {
  const { namespace, serviceAccount } = identity(options)
  const permissionPolicy =
    options.permissionPolicy === undefined ? PUT_OBJECT_POLICY : options.permissionPolicy
  return {
    serviceAccount: serviceAccountYaml(
      serviceAccount,
      namespace,
      options.roleArnAnnotation === undefined ? ROLE_ARN : options.roleArnAnnotation,
    ),
    pod: options.pod ?? podYaml('example-pod', namespace, serviceAccount),
    trustPolicies: [options.trustPolicy ?? trustPolicy()],
    permissionPolicies: permissionPolicy === null ? [] : [permissionPolicy],
  }
}

export async function blogScenario(
  material: PresetMaterial,
  options: BlogOptions = {},
): Promise<Scenario> {
  const { namespace, serviceAccount } = identity(options)
  const token = await issueServiceAccountToken({
    issuer: options.issuer ?? ISSUER,
    namespace,
    serviceAccount,
    audiences: options.audiences ?? ['sts.amazonaws.com'],
    expirationSeconds: options.expirationSeconds ?? 86400,
    pod: { name: 'example-pod', uid: '0b0f7b1e-5a4c-4d38-9a57-1c2d3e4f5a6b' },
    node: { name: NODE_NAME, uid: '7c6d5e4f-3a2b-4c1d-8e9f-0a1b2c3d4e5f' },
    now: material.issuedAt,
    key: material.key,
  })
  const documents = blogDocuments(options)
  return {
    version: 1,
    now: options.now ?? new Date(new Date(material.issuedAt).getTime() + 60_000).toISOString(),
    cluster: {
      issuer: ISSUER,
      jwks: { keys: [material.key.publicJwk as Record<string, unknown>] },
    },
    serviceAccount: documents.serviceAccount,
    pod: documents.pod,
    token,
    aws: {
      accountId: options.accountId ?? ACCOUNT_ID,
      oidcProviders: options.oidcProviders ?? [
        { url: ISSUER, clientIds: ['sts.amazonaws.com'], thumbprints: [EKS_THUMBPRINT] },
      ],
      roles: [
        {
          name: 'example-role',
          trustPolicy: documents.trustPolicies[0]!,
          maxSessionDuration: options.maxSessionDuration ?? 3600,
          permissionPolicies: [...documents.permissionPolicies],
        },
      ],
    },
    ...(options.request ? { request: options.request } : {}),
    call: { action: 's3:PutObject', resource: 'arn:aws:s3:::example-bucket/photo.jpg' },
  }
}
