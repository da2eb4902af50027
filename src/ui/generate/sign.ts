/**
 * Signing on request: a new cluster key and token (the generator form), and re-signing edited
 * claims with the cluster key. Cryptography is jose's and the engine's; nothing is hand-rolled.
 */
import { generateClusterKey, issueServiceAccountToken } from '../../engine'
import { decodeToken, signClaims, TokenRequestError } from '../../engine/jwt'
import { parseYamlDocument } from '../../engine/text'
import { readServiceAccount } from '../../engine/webhook'
import type { SigningKey } from '../../state/scenarioSlice'

/** What the generator form asks for. */
export interface TokenForm {
  alg: 'RS256' | 'ES256'
  namespace: string
  serviceAccount: string
  audience: string
  /** Seconds; the API server refuses less than 600 (the engine says so in its words). */
  expirationSeconds: number
}

export interface GeneratedToken {
  token: string
  signingKey: SigningKey
  /** The JWKS to serve at <issuer>/keys: the new key's public half, pretty-printed. */
  jwks: string
}

/** The API server's refusal, verbatim, or another error's message. */
export type GenerateResult = { ok: true; value: GeneratedToken } | { ok: false; error: string }

/**
 * A new cluster key and a token for the form, issued at the scenario's instant by `issuer`.
 * Refuses like kube-apiserver: `spec.expirationSeconds: Invalid value: 60: may not specify a
 * duration less than 10 minutes`.
 */
export async function generateToken(
  form: TokenForm,
  issuer: string,
  now: string,
): Promise<GenerateResult> {
  try {
    const key = await generateClusterKey(form.alg)
    const token = await issueServiceAccountToken({
      issuer,
      namespace: form.namespace,
      serviceAccount: form.serviceAccount,
      audiences: form.audience.trim() === '' ? [] : [form.audience.trim()],
      expirationSeconds: form.expirationSeconds,
      now,
      key,
    })
    const signingKey: SigningKey = {
      alg: form.alg,
      kid: key.kid,
      privateJwk: key.privateJwk,
      publicJwk: key.publicJwk,
    }
    return {
      ok: true,
      value: { token, signingKey, jwks: JSON.stringify({ keys: [key.publicJwk] }, null, 2) },
    }
  } catch (error) {
    if (error instanceof TokenRequestError) return { ok: false, error: error.message }
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}

/**
 * The token's claims, byte for byte as they are now, signed again with the cluster key. The
 * header becomes `{ alg, kid }` of that key, as the Kubernetes signer writes it (no `typ`).
 * Undefined when the payload segment cannot be read.
 */
export async function resignToken(token: string, key: SigningKey): Promise<string | undefined> {
  const { payloadText } = decodeToken(token)
  if (payloadText === undefined) return undefined
  return signClaims(payloadText, key)
}

/**
 * The token the kubelet would mount for the ServiceAccount now in the editor: the same issuer,
 * audiences, lifetime, pod and node, for `system:serviceaccount:<namespace>:<name>`, signed with
 * the cluster key. Offered on request when the token and the ServiceAccount disagree.
 */
export async function reissueForServiceAccount(
  token: string,
  serviceAccountYaml: string,
  key: SigningKey,
): Promise<string | undefined> {
  const claims = decodeToken(token).payload
  const sa = readServiceAccount(
    (parseYamlDocument(serviceAccountYaml, 'serviceAccount').value ?? {}) as object,
  )
  if (!claims || !sa.name || typeof claims.iss !== 'string') return undefined
  const iat = typeof claims.iat === 'number' ? claims.iat : undefined
  const exp = typeof claims.exp === 'number' ? claims.exp : undefined
  const k8s = (claims['kubernetes.io'] ?? {}) as {
    pod?: { name: string; uid: string }
    node?: { name: string; uid: string }
  }
  const aud = claims.aud
  return issueServiceAccountToken({
    issuer: claims.iss,
    namespace: sa.namespace ?? 'default',
    serviceAccount: sa.name,
    audiences: Array.isArray(aud)
      ? aud.filter((a): a is string => typeof a === 'string')
      : typeof aud === 'string'
        ? [aud]
        : [],
    ...(iat !== undefined && exp !== undefined
      ? { expirationSeconds: exp - iat, now: new Date(iat * 1000).toISOString() }
      : {}),
    ...(k8s.pod ? { pod: k8s.pod } : {}),
    ...(k8s.node ? { node: k8s.node } : {}),
    key,
  })
}
