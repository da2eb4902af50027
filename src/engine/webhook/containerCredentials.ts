/**
 * The webhook's container-credentials mode: what amazon-eks-pod-identity-webhook injects for EKS
 * Pod Identity (spec §3.5). Upstream: pkg/handler/handler.go (buildPodPatchConfig,
 * addJitterToDefaultToken, addEnvToContainer, getPodSpecPatch), pkg/containercredentials/config.go,
 * pkg/constants.go, main.go (the `--container-credentials-*` flags and their defaults).
 */
import { joinPointer } from '../text/pointer'
import type { Finding, JsonPatchOperation, WebhookConfig } from '../types'
import { CONTAINER_CREDENTIALS_FINDINGS } from './containerCredentialsFindings'
import type { CredentialsContainerContext } from './containerCredentialsContainer'
import { isObject, own, type JsonObject } from './json'

/** One entry of the `--watch-container-credentials-config` file (containercredentials/types.go). */
export interface ContainerCredentialsIdentity {
  namespace: string
  serviceAccount: string
}

/**
 * The container-credentials settings: the watched config file's `identities` plus the
 * `--container-credentials-*` flags (defaults from main.go when absent).
 */
export interface ContainerCredentialsConfig {
  /** `{"identities":[{"namespace","serviceAccount"}]}`: the ServiceAccounts mutated in this mode. */
  identities: ContainerCredentialsIdentity[]
  /** --container-credentials-audience, default 'pods.eks.amazonaws.com'. */
  audience?: string
  /** --container-credentials-token-mount-path. */
  mountPath?: string
  /** --container-credentials-token-volume-name, default 'eks-pod-identity-token'. */
  volumeName?: string
  /** --container-credentials-token-path, default 'eks-pod-identity-token'. */
  tokenPath?: string
  /** --container-credentials-full-uri, default 'http://169.254.170.23/v1/credentials'. */
  fullUri?: string
  /**
   * What `rand.Int63n(7201)` draws for the jitter (0…7200). Absent: derived from the pod's
   * namespace, ServiceAccount and name with FNV-1a, so the engine stays deterministic.
   */
  jitterSeconds?: number
}

/** `WebhookConfig` with the container-credentials mode (proposed optional field of WebhookConfig). */
export interface WebhookConfigWithContainerCredentials extends WebhookConfig {
  containerCredentials?: ContainerCredentialsConfig
}

/** main.go flag defaults of the container-credentials mode. */
export const CONTAINER_CREDENTIALS_DEFAULTS = {
  audience: 'pods.eks.amazonaws.com',
  mountPath: '/var/run/secrets/pods.eks.amazonaws.com/serviceaccount',
  volumeName: 'eks-pod-identity-token',
  tokenPath: 'eks-pod-identity-token',
  fullUri: 'http://169.254.170.23/v1/credentials',
} as const

/** pkg/constants.go: the SDK variables written in this mode. */
export const CONTAINER_CREDENTIALS_ENV = {
  fullUri: 'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  tokenFile: 'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE',
} as const

/** The label getPodSpecPatch adds to every pod mutated in this mode. */
export const POD_IDENTITY_LABEL = 'eks.amazonaws.com/pod-identity'

/** pkg/constants.go DefaultTokenExpiration / DefaultMinTokenExpiration: the jitter's range. */
export const TOKEN_JITTER = { defaultExpiration: 86400, minExpiration: 79200 } as const

/** The resolved settings of one pod mutated in this mode. */
export type ResolvedContainerCredentials = Required<
  Omit<ContainerCredentialsConfig, 'identities' | 'jitterSeconds'>
> & { jitterSeconds?: number }

/**
 * The settings when `namespace`/`serviceAccount` is listed (FileConfig.Get: exact match of both),
 * else undefined. Tolerates any shape of `config`: entries of the wrong type are not listed.
 */
export function containerCredentialsFor(
  config: WebhookConfigWithContainerCredentials | undefined,
  namespace: string,
  serviceAccount: string,
): ResolvedContainerCredentials | undefined {
  const cc: unknown = config?.containerCredentials
  if (!isObject(cc)) return undefined
  const identities = own(cc, 'identities')
  const listed =
    Array.isArray(identities) &&
    identities.some(
      (i: unknown) =>
        isObject(i) &&
        own(i, 'namespace') === namespace &&
        own(i, 'serviceAccount') === serviceAccount,
    )
  if (!listed) return undefined
  const text = (key: keyof typeof CONTAINER_CREDENTIALS_DEFAULTS) => {
    const value = own(cc, key)
    return typeof value === 'string' ? value : CONTAINER_CREDENTIALS_DEFAULTS[key]
  }
  const resolved: ResolvedContainerCredentials = {
    audience: text('audience'),
    mountPath: text('mountPath'),
    volumeName: text('volumeName'),
    tokenPath: text('tokenPath'),
    fullUri: text('fullUri'),
  }
  const jitter = own(cc, 'jitterSeconds')
  if (typeof jitter === 'number' && Number.isSafeInteger(jitter)) resolved.jitterSeconds = jitter
  return resolved
}

/**
 * FNV-1a (32-bit) of a string's UTF-16 code units: a small, well-known, documented hash that
 * stands in for the webhook's `rand` so the same pod always gets the same jitter.
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/**
 * handler.go addJitterToDefaultToken: only the default 86400 s becomes
 * `rand.Int63n(86400-79200+1) + 79200`; any other value is kept. `seed` replaces the randomness
 * (FNV-1a of `<namespace>/<serviceAccount>/<pod name>` unless `jitterSeconds` is given).
 */
export function jitteredExpiration(
  expiration: number,
  seed: string,
  jitterSeconds?: number,
): number {
  if (expiration !== TOKEN_JITTER.defaultExpiration) return expiration
  const range = TOKEN_JITTER.defaultExpiration - TOKEN_JITTER.minExpiration + 1
  const draw =
    jitterSeconds !== undefined ? ((jitterSeconds % range) + range) % range : fnv1a32(seed) % range
  return TOKEN_JITTER.minExpiration + draw
}

/** The label operation, first in the patch: the map when `labels` is nil, else one key. */
export function podIdentityLabelPatch(metadata: JsonObject): JsonPatchOperation {
  return isObject(own(metadata, 'labels'))
    ? { op: 'add', path: joinPointer('/metadata/labels', POD_IDENTITY_LABEL), value: 'enabled' }
    : { op: 'add', path: '/metadata/labels', value: { [POD_IDENTITY_LABEL]: 'enabled' } }
}

/** The projected token volume of this mode (audience is omitempty, as in corev1). */
export function credentialsVolume(
  cc: ResolvedContainerCredentials,
  expirationSeconds: number,
): JsonObject {
  const token: JsonObject = {}
  if (cc.audience !== '') token.audience = cc.audience
  token.expirationSeconds = expirationSeconds
  token.path = cc.tokenPath
  return { name: cc.volumeName, projected: { sources: [{ serviceAccountToken: token }] } }
}

/** ServiceAccount findings about IRSA settings that this mode does not read (role ARN, audience). */
const IRSA_ONLY_CODES: ReadonlySet<string> = new Set([
  'webhook.sa.role-arn-missing',
  'webhook.sa.role-arn-other-prefix',
  'webhook.sa.role-arn-empty',
  'webhook.sa.role-arn-malformed',
  'webhook.sa.audience-empty',
  'webhook.sa.audience-not-sts',
])

/** What mutatePod needs to patch a pod in this mode. */
export interface CredentialsPlan {
  /** The label operation, which goes first in the patch. */
  label: JsonPatchOperation
  volume: JsonObject
  ctx: CredentialsContainerContext
}

/**
 * Plans the container-credentials mutation (handler.go buildPodPatchConfig): token expiration
 * from pod annotation > ServiceAccount annotation > flag (GetCommonConfigurations), then jitter;
 * regional STS from the ServiceAccount. Replaces, in `findings`, the IRSA-only ServiceAccount
 * findings with this mode's own.
 */
export function planContainerCredentials(
  cc: ResolvedContainerCredentials,
  input: {
    metadata: JsonObject
    namespace: string
    serviceAccount: string
    tokenExpiration: number
    region: string
    useRegionalSts: boolean
    tokenFile: string
    roleArn: string | undefined
    roleArnPointer: string
  },
  findings: Finding[],
): CredentialsPlan {
  for (let i = findings.length - 1; i >= 0; i--) {
    if (IRSA_ONLY_CODES.has(findings[i]!.code)) findings.splice(i, 1)
  }
  const { make } = CONTAINER_CREDENTIALS_FINDINGS
  findings.push(
    make(
      'webhook.container-credentials.selected',
      `${input.namespace}/${input.serviceAccount} is listed for container credentials (EKS Pod Identity).`,
      'pod',
      { pointer: '/spec' },
    ),
  )
  if (input.roleArn !== undefined) {
    findings.push(
      make(
        'webhook.container-credentials.role-arn-ignored',
        'Container credentials take precedence: the role-arn annotation is not injected.',
        'serviceAccount',
        { pointer: input.roleArnPointer },
      ),
    )
  }
  const name = own(input.metadata, 'name') ?? own(input.metadata, 'generateName')
  const seed = `${input.namespace}/${input.serviceAccount}/${typeof name === 'string' ? name : ''}`
  const expiration = jitteredExpiration(input.tokenExpiration, seed, cc.jitterSeconds)
  if (expiration !== input.tokenExpiration) {
    findings.push(
      make(
        'webhook.container-credentials.jitter',
        `The default ${input.tokenExpiration} s becomes ${expiration} s (jitter).`,
        'pod',
        { pointer: '/spec' },
      ),
    )
  }
  return {
    label: podIdentityLabelPatch(input.metadata),
    volume: credentialsVolume(cc, expiration),
    ctx: {
      fullUri: cc.fullUri,
      tokenFile: input.tokenFile,
      region: input.region,
      useRegionalSts: input.useRegionalSts,
      volumeName: cc.volumeName,
      mountPath: cc.mountPath,
    },
  }
}
