/**
 * What the simulation of the webhook takes for granted, stated for the UI (a Step's `assumptions`)
 * and for readers. Each is either documented upstream behaviour we rely on, or a simplification.
 */
export const WEBHOOK_ASSUMPTIONS: readonly string[] = [
  // deploy/mutatingwebhook.yaml: rules.operations [CREATE]; spec §3.1, §9 #8.
  'The webhook runs only when a pod is created: annotating the ServiceAccount later changes no running pod; the pod must be recreated.',
  // pkg/cache/cache.go: the informer cache; --service-account-lookup-grace-period defaults to 0.
  "The ServiceAccount is taken to be in the webhook's informer cache already (no lookup race).",
  'The pod-identity-webhook ConfigMap (--watch-config-map) and --compose-role-arn are not simulated; the EKS Pod Identity (container credentials) mode is, when its identities are given.',
  // The ServiceAccount admission plugin and defaulting run before mutating webhooks.
  'The pod is mutated as written: the built-in admission that runs first (ServiceAccount plugin adding the kube-api-access volume, field defaulting) is not simulated, so a pod without volumes gets /spec/volumes created rather than the /spec/volumes/0 insert a real cluster usually shows.',
  'A pod without metadata.namespace is taken to be created in the namespace of the ServiceAccount.',
  'Containers in the patch are re-encoded as Go encodes corev1.Container at the top level and in env and volumeMounts; deeper fields are kept as written.',
]
