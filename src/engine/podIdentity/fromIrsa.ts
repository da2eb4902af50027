/**
 * The same workload with EKS Pod Identity instead of IRSA: what the UI shows side by side.
 * Same cluster keys, ServiceAccount (without its role-arn annotation), pod, role name and
 * permission policies; an association for the ServiceAccount; the documented Pod Identity trust
 * policy (EKS User Guide pod-id-role).
 */
import { yamlLibrary } from '../text/yamlLibrary'
import type { ServiceAccountTokenInput } from '../jwt'
import { decodeToken } from '../jwt'
import { regionFromIssuer } from '../oidc'
import { parseYamlDocument } from '../text/document'
import type { Scenario } from '../types'
import { CONTAINER_CREDENTIALS_DEFAULTS, TOKEN_JITTER } from '../webhook/containerCredentials'
import { ROLE_ARN_ANNOTATION } from '../webhook/constants'
import { POD_IDENTITY_ACTIONS, POD_IDENTITY_AUDIENCE, POD_IDENTITY_SERVICE } from './constants'
import type { PodIdentityScenario } from './types'

/** The cluster name used when the IRSA scenario has none (IRSA never needs one). */
export const DEFAULT_CLUSTER_NAME = 'example-cluster'

/** The trust policy AWS documents for Pod Identity roles (pod-id-role.html), as JSON text. */
export const POD_IDENTITY_TRUST_POLICY = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AllowEksAuthToAssumeRoleForPodIdentity',
        Effect: 'Allow',
        Principal: { Service: POD_IDENTITY_SERVICE },
        Action: [POD_IDENTITY_ACTIONS.assumeRole, POD_IDENTITY_ACTIONS.tagSession],
      },
    ],
  },
  null,
  2,
)

const ROLE_ARN_PATH = ['metadata', 'annotations', ROLE_ARN_ANNOTATION] as const

/** The ServiceAccount text without the IRSA annotation (formatting kept); the input when unreadable. */
function withoutRoleArn(text: string): string {
  try {
    const doc = yamlLibrary().parseDocument(text)
    if (doc.errors.length > 0 || !doc.hasIn([...ROLE_ARN_PATH])) return text
    doc.deleteIn([...ROLE_ARN_PATH])
    return doc.toString()
  } catch {
    return text
  }
}

/**
 * Derives the equivalent Pod Identity scenario from an IRSA scenario. The token is kept: pass
 * a token issued from {@link podIdentityTokenInput} (audience pods.eks.amazonaws.com) as
 * `options.token`, since re-signing needs the cluster's private key, which scenarios do not hold.
 */
export function podIdentityFromIrsa(
  scenario: Scenario,
  options: { token?: string; clusterName?: string } = {},
): PodIdentityScenario {
  const s = (scenario ?? {}) as Partial<Scenario>
  const aws = (s.aws ?? {}) as Partial<Scenario['aws']>
  const issuer = typeof s.cluster?.issuer === 'string' ? s.cluster.issuer : ''
  const partition = aws.partition ?? 'aws'
  const accountId = typeof aws.accountId === 'string' ? aws.accountId : ''
  const region = aws.region ?? regionFromIssuer(issuer) ?? 'us-east-1'
  const name = options.clusterName ?? DEFAULT_CLUSTER_NAME
  const saText = typeof s.serviceAccount === 'string' ? s.serviceAccount : ''
  const sa = parseYamlDocument(saText, 'serviceAccount').value as
    | { metadata?: { name?: unknown; namespace?: unknown; annotations?: Record<string, unknown> } }
    | undefined
  const roles = Array.isArray(aws.roles) ? aws.roles : []
  const annotated = sa?.metadata?.annotations?.[ROLE_ARN_ANNOTATION]
  const firstRole = roles[0]
  const roleArn =
    s.request?.roleArn ??
    (typeof annotated === 'string' ? annotated : undefined) ??
    (firstRole
      ? `arn:${partition}:iam::${accountId}:role${firstRole.path ?? '/'}${firstRole.name}`
      : '')
  const result: PodIdentityScenario = {
    version: 1,
    cluster: {
      name,
      arn: `arn:${partition}:eks:${region}:${accountId}:cluster/${name}`,
      issuer,
      jwks: s.cluster?.jwks ?? { keys: [] },
    },
    serviceAccount: withoutRoleArn(saText),
    token: options.token ?? (typeof s.token === 'string' ? s.token : ''),
    aws: {
      accountId,
      ...(aws.partition ? { partition: aws.partition } : {}),
      region,
      roles: roles.map((role) => ({ ...role, trustPolicy: POD_IDENTITY_TRUST_POLICY })),
    },
    associations: [
      {
        clusterName: name,
        namespace: typeof sa?.metadata?.namespace === 'string' ? sa.metadata.namespace : 'default',
        serviceAccount: typeof sa?.metadata?.name === 'string' ? sa.metadata.name : 'default',
        roleArn,
      },
    ],
  }
  if (s.now !== undefined) result.now = s.now
  if (s.pod !== undefined) result.pod = s.pod
  if (s.call !== undefined) result.call = s.call
  return result
}

/**
 * What to ask the API server for to get the Pod Identity token of the same pod (everything but the
 * signing key): the IRSA token's subject, pod and issue time, with audience pods.eks.amazonaws.com
 * and the webhook's default 86400 s (jitter not applied: the simulator's token is illustrative).
 */
export function podIdentityTokenInput(scenario: Scenario): Omit<ServiceAccountTokenInput, 'key'> {
  const payload =
    decodeToken(typeof scenario?.token === 'string' ? scenario.token : '').payload ?? {}
  const k8s = (payload['kubernetes.io'] ?? {}) as {
    namespace?: unknown
    serviceaccount?: { name?: unknown }
    pod?: { name?: unknown; uid?: unknown }
  }
  const sub = typeof payload.sub === 'string' ? payload.sub.split(':') : []
  const input: Omit<ServiceAccountTokenInput, 'key'> = {
    issuer: typeof payload.iss === 'string' ? payload.iss : (scenario?.cluster?.issuer ?? ''),
    namespace: typeof k8s.namespace === 'string' ? k8s.namespace : (sub[2] ?? 'default'),
    serviceAccount:
      typeof k8s.serviceaccount?.name === 'string'
        ? k8s.serviceaccount.name
        : (sub[3] ?? 'default'),
    audiences: [POD_IDENTITY_AUDIENCE],
    expirationSeconds: TOKEN_JITTER.defaultExpiration,
  }
  if (typeof k8s.pod?.name === 'string' && typeof k8s.pod.uid === 'string')
    input.pod = { name: k8s.pod.name, uid: k8s.pod.uid }
  if (typeof payload.iat === 'number') input.now = new Date(payload.iat * 1000).toISOString()
  return input
}

/** Where the Pod Identity token is mounted (for UIs that show both paths). */
export const POD_IDENTITY_TOKEN_FILE = `${CONTAINER_CREDENTIALS_DEFAULTS.mountPath}/${CONTAINER_CREDENTIALS_DEFAULTS.tokenPath}`
