/**
 * Builders shared by the webhook tests (manifests in the shape of the upstream testdata,
 * aws/amazon-eks-pod-identity-webhook pkg/handler/testdata/*.pod.yaml, in our own data).
 */
import type { Finding, WebhookConfig } from '../types'

export const ROLE = 'arn:aws:iam::111122223333:role/s3-reader'
export const TOKEN_FILE = '/var/run/secrets/eks.amazonaws.com/serviceaccount/token'
export const MOUNT_PATH = '/var/run/secrets/eks.amazonaws.com/serviceaccount'
export const ROLE_ARN_KEY = 'eks.amazonaws.com/role-arn'

/** A ServiceAccount `default` in `default` with the role-arn annotation plus `extra`. */
export function sa(extra: Record<string, string> = {}, roleArn: string | null = ROLE): object {
  const annotations: Record<string, string> = { ...extra }
  if (roleArn !== null) annotations[ROLE_ARN_KEY] = roleArn
  return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', annotations } }
}

/** A pod running as `default`, with `spec` merged in and optional annotations and labels. */
export function pod(
  spec: Record<string, unknown>,
  annotations?: Record<string, string>,
  labels?: Record<string, string>,
): object {
  const metadata: Record<string, unknown> = { name: 'balajilovesoreos' }
  if (annotations) metadata.annotations = annotations
  if (labels) metadata.labels = labels
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata,
    spec: { serviceAccountName: 'default', ...spec },
  }
}

/** One container `name` with image amazonlinux and the extra fields. */
export function container(name: string, extra: Record<string, unknown> = {}) {
  return { image: 'amazonlinux', name, ...extra }
}

/** The projected token volume the webhook adds. */
export function tokenVolume(
  expirationSeconds = 86400,
  audience: string | null = 'sts.amazonaws.com',
) {
  const token: Record<string, unknown> = {}
  if (audience !== null) token.audience = audience
  token.expirationSeconds = expirationSeconds
  token.path = 'token'
  return { name: 'aws-iam-token', projected: { sources: [{ serviceAccountToken: token }] } }
}

export const tokenMount = (mountPath = MOUNT_PATH) => ({
  name: 'aws-iam-token',
  readOnly: true,
  mountPath,
})

export const env = (name: string, value: string) => ({ name, value })

export const identityEnv = (roleArn = ROLE, tokenFile = TOKEN_FILE) => [
  env('AWS_ROLE_ARN', roleArn),
  env('AWS_WEB_IDENTITY_TOKEN_FILE', tokenFile),
]

export const regionEnv = (region: string) => [
  env('AWS_DEFAULT_REGION', region),
  env('AWS_REGION', region),
]

/** The findings as sorted `code pointer` strings, for exact comparison. */
export function codes(findings: Finding[]): string[] {
  return findings.map((f) => `${f.code} ${f.pointer ?? '-'}`).sort()
}

/** The container the webhook returns for a bare `container(name)` with `envs` appended. */
export const mutated = (name: string, envs: object[], extra: Record<string, unknown> = {}) => ({
  name,
  image: 'amazonlinux',
  env: envs,
  resources: {},
  ...extra,
  volumeMounts: [tokenMount()],
})

/** One row of a mutation table: inputs, the exact patch, and the `code pointer` findings. */
export interface MutationRow {
  name: string
  pod: object
  sa: object
  config?: WebhookConfig
  patch: object[]
  findings?: string[]
}
