/**
 * The commands that print a real token for comparison: `kubectl create token` for the same
 * ServiceAccount and audience, and reading the file the kubelet mounts in the pod.
 */
import { parseYamlDocument } from '../../engine/text'

/** Where the pod identity webhook mounts the projected token (its --token-mount-path default). */
export const MOUNTED_TOKEN_PATH = '/var/run/secrets/eks.amazonaws.com/serviceaccount/token'

export interface TokenCommands {
  create: string
  read: string
}

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined)
const nameOf = (v: unknown) =>
  v && typeof v === 'object' ? str((v as { name?: unknown }).name) : undefined

/**
 * Namespace and ServiceAccount from the token (its `kubernetes.io` claim, else its `sub`), else
 * from the ServiceAccount manifest; the audience from the token, else the IRSA default.
 */
export function tokenCommands(
  payload: Record<string, unknown> | undefined,
  serviceAccountYaml: string,
): TokenCommands {
  const k8s = (payload?.['kubernetes.io'] ?? {}) as Record<string, unknown>
  const sub = str(payload?.sub)?.match(/^system:serviceaccount:([^:]+):([^:]+)$/)
  const manifest = parseYamlDocument(serviceAccountYaml, 'serviceAccount').value as
    { metadata?: { name?: unknown; namespace?: unknown } } | undefined
  const namespace =
    str(k8s.namespace) ?? sub?.[1] ?? str(manifest?.metadata?.namespace) ?? 'default'
  const serviceAccount =
    nameOf(k8s.serviceaccount) ?? sub?.[2] ?? str(manifest?.metadata?.name) ?? '<service-account>'
  const aud = payload?.aud
  const audience = str(Array.isArray(aud) ? aud[0] : aud) ?? 'sts.amazonaws.com'
  const pod = nameOf(k8s.pod) ?? '<pod>'
  return {
    create: `kubectl create token ${serviceAccount} -n ${namespace} --audience ${audience}`,
    read: `kubectl exec ${pod} -n ${namespace} -- cat ${MOUNTED_TOKEN_PATH}`,
  }
}
