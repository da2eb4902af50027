/**
 * amazon-eks-pod-identity-webhook spellings, exactly as the webhook writes them.
 * Sources: aws/amazon-eks-pod-identity-webhook pkg/annotations.go, pkg/constants.go,
 * pkg/handler/handler.go, pkg/cache/cache.go, deploy/mutatingwebhook.yaml (spec §3).
 */
import { WEBHOOK_DEFAULTS } from '../constants'

export { WEBHOOK_DEFAULTS }

/** Annotation names under the prefix (`--annotation-prefix`): pkg/annotations.go. */
export const ANNOTATION = {
  roleArn: 'role-arn',
  audience: 'audience',
  stsRegionalEndpoints: 'sts-regional-endpoints',
  tokenExpiration: 'token-expiration',
  skipContainers: 'skip-containers',
} as const

/** The annotation that turns IRSA on for a ServiceAccount, with the default prefix. */
export const ROLE_ARN_ANNOTATION = `${WEBHOOK_DEFAULTS.annotationPrefix}/${ANNOTATION.roleArn}`

/**
 * The objectSelector label of deploy/mutatingwebhook.yaml (`DoesNotExist`). It is a label, not an
 * annotation, and it does not follow `--annotation-prefix`: the prefix is fixed here.
 */
export const SKIP_POD_LABEL = 'eks.amazonaws.com/skip-pod-identity-webhook'

/** pkg/cache/cache.go: a mismatch only logs "arn is invalid"; the value is injected anyway. */
export const ROLE_ARN_PATTERN = /^arn:aws[a-z0-9-]*:iam::\d{12}:role\/[\w\-/.@+=,]+$/

/** pkg/constants.go MinTokenExpiration ("10mins is min for kube-apiserver"). */
export const MIN_TOKEN_EXPIRATION = 600

/**
 * kubernetes pkg/apis/core/validation (validateProjectionSources): a projected token volume with
 * `expirationSeconds > 1<<32` is rejected, "may not specify a duration larger than 2^32 seconds".
 * The webhook has no upper clamp, so such a pod is refused after mutation.
 */
export const MAX_PROJECTED_EXPIRATION = 2 ** 32

/** Environment variables the webhook reads and writes (handler.go addEnvToContainer). */
export const ENV = {
  roleArn: 'AWS_ROLE_ARN',
  tokenFile: 'AWS_WEB_IDENTITY_TOKEN_FILE',
  region: 'AWS_REGION',
  defaultRegion: 'AWS_DEFAULT_REGION',
  stsRegionalEndpoints: 'AWS_STS_REGIONAL_ENDPOINTS',
} as const

/** The value written for AWS_STS_REGIONAL_ENDPOINTS. */
export const REGIONAL = 'regional'

/** nodeSelector keys whose value `windows` makes the webhook write a Windows token path. */
export const WINDOWS_NODE_SELECTORS = ['kubernetes.io/os', 'beta.kubernetes.io/os'] as const

/** The ServiceAccount admission plugin gives a pod without one this ServiceAccount. */
export const DEFAULT_SERVICE_ACCOUNT = 'default'

/** Namespace of a manifest without `metadata.namespace` (kubectl's default context). */
export const DEFAULT_NAMESPACE = 'default'
