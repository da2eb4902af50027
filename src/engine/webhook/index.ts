/**
 * The pod identity webhook simulation (amazon-eks-pod-identity-webhook, IRSA mode; spec §3).
 * `src/engine/index.ts` re-exports the public part.
 */
export { mutatePod, SKIP_REASONS } from './mutatePod'
export { defaultPod, DEFAULT_POD_IMAGE } from './defaultPod'
export { carriesIrsaInjection, wouldInjectIntoExisting } from './existing'
export { readServiceAccount, annotationPointer, type ServiceAccountInfo } from './serviceAccount'
export { applyPatch, type PatchResult, type PatchError } from './patch'
export { WEBHOOK_FINDINGS, type WebhookFindingCode } from './findings'
export { WEBHOOK_ASSUMPTIONS } from './assumptions'
export { ROLE_ARN_ANNOTATION, ROLE_ARN_PATTERN, SKIP_POD_LABEL, ANNOTATION, ENV } from './constants'
export {
  CONTAINER_CREDENTIALS_DEFAULTS,
  CONTAINER_CREDENTIALS_ENV,
  POD_IDENTITY_LABEL,
  TOKEN_JITTER,
  fnv1a32,
  jitteredExpiration,
  type ContainerCredentialsConfig,
  type ContainerCredentialsIdentity,
  type WebhookConfigWithContainerCredentials,
} from './containerCredentials'
export {
  CONTAINER_CREDENTIALS_FINDINGS,
  type ContainerCredentialsFindingCode,
} from './containerCredentialsFindings'
