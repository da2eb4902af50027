/**
 * jwt.io-style edits of the compact token. Editing the payload re-encodes it and keeps the
 * signature as it was, so the signature check fails exactly as it would for a tampered token.
 */
import { base64url } from 'jose'
import type { Trace } from '../../engine'

export type PayloadEdit =
  { ok: true; token: string } | { ok: false; error: 'not-json' | 'not-object' }

/** `header.<new payload>.signature`: the payload JSON minified, base64url without padding. */
export function replacePayload(token: string, payloadText: string): PayloadEdit {
  let value: unknown
  try {
    value = JSON.parse(payloadText)
  } catch {
    return { ok: false, error: 'not-json' }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: 'not-object' }
  }
  const [header = '', , signature = ''] = token.trim().split('.')
  const payload = base64url.encode(JSON.stringify(value))
  return { ok: true, token: `${header}.${payload}.${signature}` }
}

/** The three segments of a compact token as written (missing ones are empty). */
export function tokenSegments(compact: string): {
  header: string
  payload: string
  signature: string
  extra: string[]
} {
  const [header = '', payload = '', signature = '', ...extra] = compact.split('.')
  return { header, payload, signature, extra }
}

const stepFailed = (trace: Trace | undefined, id: string) =>
  trace?.steps.some((s) => s.id === id && s.status === 'fail') ?? false

/** The signature no longer verifies (e.g. the payload was edited). */
export const signatureFailed = (trace: Trace | undefined) => stepFailed(trace, 'jwt.signature')

/**
 * The token names a key the JWKS does not have, and it is not the key generated here: the user
 * pasted a real token and must paste its cluster's JWKS too.
 */
export function missingKey(trace: Trace | undefined, kid: unknown, signingKid: string | undefined) {
  return stepFailed(trace, 'jwt.key') && (signingKid === undefined || kid !== signingKid)
}

/** Where EKS serves the issuer's keys: `<issuer>/keys` (what the discovery document names). */
export const keysUrl = (issuer: string) => `${issuer.replace(/\/+$/, '')}/keys`
