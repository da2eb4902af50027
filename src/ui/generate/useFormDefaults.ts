import { decodeToken } from '../../engine/jwt'
import { useAppStore } from '../../state/store'
import type { TokenForm } from './sign'

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined)

/**
 * The generator's starting values: the current token's namespace, ServiceAccount and audience
 * (so "generate" changes the key, not the identity), else the blog post's, and the webhook's 24 h.
 */
export function formDefaults(token: string | undefined): TokenForm {
  const payload = token ? decodeToken(token).payload : undefined
  const k8s = (payload?.['kubernetes.io'] ?? {}) as {
    namespace?: unknown
    serviceaccount?: { name?: unknown }
  }
  const aud = payload?.aud
  return {
    alg: 'RS256',
    namespace: str(k8s.namespace) ?? 'example',
    serviceAccount: str(k8s.serviceaccount?.name) ?? 'example-sa',
    audience: str(Array.isArray(aud) ? aud[0] : aud) ?? 'sts.amazonaws.com',
    expirationSeconds: 86400,
  }
}

/** {@link formDefaults} for the token in the store when the form mounts. */
export function useFormDefaults(): TokenForm {
  return formDefaults(useAppStore.getState().draft?.token)
}
