/**
 * Finding codes of the webhook's container-credentials (EKS Pod Identity) mode. A registry of its
 * own so the IRSA registry (findings.ts) stays as its author left it. Source:
 * aws/amazon-eks-pod-identity-webhook pkg/handler/handler.go (buildPodPatchConfig,
 * addEnvToContainer, getPodSpecPatch), pkg/containercredentials/config.go (spec §3.5).
 */
import { defineFindings } from '../finding'

/** The container-credentials mode's finding registry and factory. */
export const CONTAINER_CREDENTIALS_FINDINGS = defineFindings({
  /** The pod's namespace/ServiceAccount is listed in the container-credentials config: Pod Identity mode. */
  'webhook.container-credentials.selected': { severity: 'info' },
  /** The ServiceAccount also has a role-arn annotation: container credentials take precedence, IRSA is not injected. */
  'webhook.container-credentials.role-arn-ignored': { severity: 'warning' },
  /** The default 86400 s expiration is replaced by a jittered value in [79200, 86400]. */
  'webhook.container-credentials.jitter': { severity: 'info' },
  /** AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE is set: neither is injected. */
  'webhook.container-credentials.env-present': { severity: 'warning' },
  /** The container also sets AWS_ROLE_ARN / AWS_WEB_IDENTITY_TOKEN_FILE: SDKs try web identity first. */
  'webhook.container-credentials.web-identity-env-present': { severity: 'warning' },
})

/** Every container-credentials finding code. */
export type ContainerCredentialsFindingCode =
  keyof typeof CONTAINER_CREDENTIALS_FINDINGS.definitions
