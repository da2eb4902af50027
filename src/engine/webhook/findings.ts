/**
 * Finding codes of the pod identity webhook simulation. Consumers switch on the code, never on
 * the message. Sources: aws/amazon-eks-pod-identity-webhook (spec §3) unless stated.
 */
import { defineFindings } from '../finding'

/** The webhook module's finding registry and factory. */
export const WEBHOOK_FINDINGS = defineFindings({
  // --- ServiceAccount ---------------------------------------------------------------------
  /** The ServiceAccount manifest is not a JSON object. */
  'webhook.sa.not-an-object': { severity: 'error' },
  /** `kind` is not `ServiceAccount`. */
  'webhook.sa.wrong-kind': { severity: 'error' },
  /** `metadata.name` is missing: the webhook's cache is keyed by namespace/name. */
  'webhook.sa.name-missing': { severity: 'error' },
  /** A field the webhook reads has the wrong type; the API server would refuse the manifest. */
  'webhook.sa.invalid-field': { severity: 'error' },
  /** No `<prefix>/role-arn` annotation: pods using this ServiceAccount are not mutated. */
  'webhook.sa.role-arn-missing': { severity: 'warning' },
  /** `<prefix>/role-arn` is empty: cache.go stores "", and handler.go mutates only on a non-empty ARN. */
  'webhook.sa.role-arn-empty': { severity: 'warning' },
  /** The role ARN fails the webhook's regex: it only logs a warning and injects it anyway. */
  'webhook.sa.role-arn-malformed': { severity: 'warning', data: ['arn'] },
  /** A `…/role-arn` annotation under another prefix (typo, or a different `--annotation-prefix`). */
  'webhook.sa.role-arn-other-prefix': { severity: 'warning' },
  /** Empty audience: the projected volume has no audience, so the token gets the API server's. */
  'webhook.sa.audience-empty': { severity: 'warning' },
  /** An audience other than sts.amazonaws.com: the IAM OIDC provider must list it as a client ID. */
  'webhook.sa.audience-not-sts': { severity: 'info' },
  /** Not a Go `strconv.ParseBool` value: ignored, the `--sts-regional-endpoint` flag applies. */
  'webhook.sa.sts-regional-endpoints-invalid': { severity: 'warning' },
  /** Not a Go `strconv.ParseInt(s, 10, 64)` value: ignored, the flag's expiration applies. */
  'webhook.sa.token-expiration-invalid': { severity: 'warning' },
  /** Below 600 seconds: raised to 600 (pkg.ValidateMinTokenExpiration). */
  'webhook.sa.token-expiration-raised': { severity: 'warning' },
  /** Above 2^32 seconds: injected unchanged, and the API server then refuses the pod. */
  'webhook.sa.token-expiration-too-large': { severity: 'error' },

  // --- Pod ----------------------------------------------------------------------------------
  /** The pod manifest is not a JSON object. */
  'webhook.pod.not-an-object': { severity: 'error' },
  /** `spec` is missing or not an object: there is nothing the webhook could patch. */
  'webhook.pod.spec-missing': { severity: 'error' },
  /** A field the webhook reads has the wrong type; the API server would refuse the pod. */
  'webhook.pod.invalid-field': { severity: 'error' },
  /** The skip label is set: the objectSelector keeps the webhook from being called at all. */
  'webhook.pod.skip-label': { severity: 'info' },
  /** No `spec.serviceAccountName`: the ServiceAccount admission plugin uses `default`. */
  'webhook.pod.service-account-defaulted': { severity: 'info' },
  /** The pod runs as another ServiceAccount (or namespace) than the one given. */
  'webhook.pod.service-account-mismatch': { severity: 'warning' },
  /** No containers: the webhook patches an empty list, and the API server refuses the pod. */
  'webhook.pod.no-containers': { severity: 'error' },
  /** A container field corev1.Container does not know: dropped when the webhook re-serialises it. */
  'webhook.pod.unknown-field': { severity: 'info' },
  /** `<prefix>/skip-containers` is not one valid CSV record: no container is skipped. */
  'webhook.pod.skip-containers-invalid': { severity: 'warning' },
  /** A name in `<prefix>/skip-containers` matches no container (spaces count). */
  'webhook.pod.skip-containers-unmatched': { severity: 'warning' },
  /** A container is left untouched because `<prefix>/skip-containers` lists it. */
  'webhook.pod.container-skipped': { severity: 'info' },
  /** Identity, region and regional-STS variables are all present: the container is left as is. */
  'webhook.pod.container-unchanged': { severity: 'info' },
  /** AWS_ROLE_ARN or AWS_WEB_IDENTITY_TOKEN_FILE is already set: neither is injected. */
  'webhook.pod.identity-env-present': { severity: 'warning' },
  /** AWS_REGION or AWS_DEFAULT_REGION is already set: no region variable is injected. */
  'webhook.pod.region-env-present': { severity: 'info' },
  /** AWS_STS_REGIONAL_ENDPOINTS is already set: the container's own value is kept. */
  'webhook.pod.sts-env-present': { severity: 'info' },
  /** A volume with the webhook's name exists: it is kept as is, not replaced. */
  'webhook.pod.volume-exists': { severity: 'warning' },
  /** A volumeMount of the webhook's volume exists: it is kept, with its own mountPath. */
  'webhook.pod.volume-mount-exists': { severity: 'warning' },
  /** The pod's `<prefix>/token-expiration` is not an int64: the ServiceAccount's value applies. */
  'webhook.pod.token-expiration-invalid': { severity: 'warning' },
  /** The pod's `<prefix>/token-expiration` is below 600 seconds: raised to 600. */
  'webhook.pod.token-expiration-raised': { severity: 'warning' },
  /** The pod's `<prefix>/token-expiration` is above 2^32 seconds: the API server refuses the pod. */
  'webhook.pod.token-expiration-too-large': { severity: 'error' },
  /** A Windows nodeSelector: the token file path is written the Windows way. */
  'webhook.pod.windows': { severity: 'info' },
  /** Everything was already in place: the patch rewrites the same values. */
  'webhook.pod.unchanged': { severity: 'info' },
  /** A defect in the simulator itself, caught so that it never throws. */
  'webhook.internal-error': { severity: 'error' },
})

/** Every webhook finding code. */
export type WebhookFindingCode = keyof typeof WEBHOOK_FINDINGS.definitions
