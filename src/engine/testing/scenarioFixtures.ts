/**
 * Builders for engine tests: the blog post's scenario with a fixed instant and one generated key,
 * and small editors for the variations the tests need. Used by tests only.
 */
import type { generateClusterKey } from '../jwt'
import { issueServiceAccountToken } from '../jwt'
import type { Scenario } from '../types'

export const ACCOUNT = '123456789012'
export const ISSUER =
  'https://oidc.eks.ap-northeast-2.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90'
export const HOST_PATH = ISSUER.slice('https://'.length)
export const PROVIDER_ARN = `arn:aws:iam::${ACCOUNT}:oidc-provider/${HOST_PATH}`
export const ISSUED_AT = '2026-11-29T12:00:00Z'
export const NOW = '2026-11-29T12:01:00Z'

export type ClusterKey = Awaited<ReturnType<typeof generateClusterKey>>

export function serviceAccountYaml(
  name = 'example-sa',
  namespace = 'example',
  /** null: no role-arn annotation. */
  roleArn: string | null = `arn:aws:iam::${ACCOUNT}:role/example-role`,
): string {
  return [
    'apiVersion: v1',
    'kind: ServiceAccount',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ${namespace}`,
    ...(roleArn !== null ? ['  annotations:', `    eks.amazonaws.com/role-arn: "${roleArn}"`] : []),
  ].join('\n')
}

export function trustPolicy(
  sub: string | string[] = 'system:serviceaccount:example:example-sa',
  operator = 'StringEquals',
  extraStatements: object[] = [],
): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: PROVIDER_ARN },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          [operator]: { [`${HOST_PATH}:sub`]: sub, [`${HOST_PATH}:aud`]: 'sts.amazonaws.com' },
        },
      },
      ...extraStatements,
    ],
  })
}

export const PUT_OBJECT_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::example-bucket/*' },
  ],
})

export interface TokenOptions {
  namespace?: string
  serviceAccount?: string
  audiences?: string[]
  expirationSeconds?: number
  issuer?: string
  now?: string
}

export function issueToken(key: ClusterKey, options: TokenOptions = {}): Promise<string> {
  return issueServiceAccountToken({
    issuer: options.issuer ?? ISSUER,
    namespace: options.namespace ?? 'example',
    serviceAccount: options.serviceAccount ?? 'example-sa',
    audiences: options.audiences ?? ['sts.amazonaws.com'],
    expirationSeconds: options.expirationSeconds ?? 86400,
    pod: { name: 'example-pod', uid: '0b0f7b1e-5a4c-4d38-9a57-1c2d3e4f5a6b' },
    now: options.now ?? ISSUED_AT,
    key,
  })
}

/** The happy path of the blog post: credentials for example-sa, and the photo upload allowed. */
export function baseScenario(key: ClusterKey, token: string): Scenario {
  return {
    version: 1,
    now: NOW,
    cluster: { issuer: ISSUER, jwks: { keys: [key.publicJwk as Record<string, unknown>] } },
    serviceAccount: serviceAccountYaml(),
    token,
    aws: {
      accountId: ACCOUNT,
      oidcProviders: [{ url: ISSUER, clientIds: ['sts.amazonaws.com'] }],
      roles: [
        {
          name: 'example-role',
          trustPolicy: trustPolicy(),
          permissionPolicies: [PUT_OBJECT_POLICY],
        },
      ],
    },
    call: { action: 's3:PutObject', resource: 'arn:aws:s3:::example-bucket/photo.jpg' },
  }
}

/** Replaces the payload segment of a compact JWS without re-signing it. */
export function tamperPayload(
  token: string,
  edit: (payload: Record<string, unknown>) => void,
): string {
  const [header, payload, signature] = token.split('.')
  const decoded = JSON.parse(new TextDecoder().decode(base64UrlDecode(payload!))) as Record<
    string,
    unknown
  >
  edit(decoded)
  return [
    header,
    base64UrlEncode(new TextEncoder().encode(JSON.stringify(decoded))),
    signature,
  ].join('.')
}

function base64UrlDecode(segment: string): Uint8Array {
  const b64 = segment.replace(/-/g, '+').replace(/_/g, '/')
  return Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0))
}

function base64UrlEncode(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
}
