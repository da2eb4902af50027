/**
 * Domain spellings, exactly as AWS and Kubernetes write them, in one place.
 * Sources: shared/spec/irsa-semantics.md (§ numbers below) and the upstream code it cites.
 */

/** The audience IRSA tokens carry and the client ID the IAM OIDC provider must list (§3.2). */
export const STS_AUDIENCE = 'sts.amazonaws.com'

/** The STS action a web identity assumes a role with (§6.1). */
export const ASSUME_ROLE_WITH_WEB_IDENTITY = 'sts:AssumeRoleWithWebIdentity'

/** amazon-eks-pod-identity-webhook defaults: pkg/constants.go, main.go (§3.2, §3.4). */
export const WEBHOOK_DEFAULTS = {
  annotationPrefix: 'eks.amazonaws.com',
  audience: STS_AUDIENCE,
  /** "24hrs as that is max for EKS". */
  tokenExpiration: 86400,
  mountPath: '/var/run/secrets/eks.amazonaws.com/serviceaccount',
  /** The code constant; the README's "aws-token" is wrong. */
  volumeName: 'aws-iam-token',
  tokenPath: 'token',
} as const

/** kube-apiserver: pkg/apis/authentication/validation (MinTokenAgeSec) (§1.3). */
export const MIN_TOKEN_EXPIRATION_SECONDS = 600
/** Default `expirationSeconds` of a projected ServiceAccount token volume (§1.3). */
export const DEFAULT_PROJECTED_TOKEN_SECONDS = 3600

/** STS AssumeRoleWithWebIdentity limits (§5.1). */
export const STS_LIMITS = {
  roleArnLength: [20, 2048],
  roleSessionNameLength: [2, 64],
  webIdentityTokenLength: [4, 20000],
  durationSeconds: [900, 43200],
  defaultDurationSeconds: 3600,
  defaultMaxSessionDuration: 3600,
} as const
