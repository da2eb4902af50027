/**
 * The one asynchronous check: the token's signature against one JWK, through jose (WebCrypto).
 * jose fails fast and throws; this adapter turns every outcome into plain data, so everything
 * downstream stays synchronous (design: "Crypto sits at the edge").
 */
import { compactVerify, importJWK, type JWK } from 'jose'
import {
  EC_CURVE_OF_ALG,
  STS_ACCEPTED_ALGS,
  isStsAcceptedAlg,
  type StsAcceptedAlg,
} from './constants'
import type { JwtFindingCode } from './findings'
import { publicPart } from './kid'

/** The result of {@link verifySignature}; `code` is a `jwt.*` finding code. */
export type SignatureCheck =
  | { ok: true; alg: StsAcceptedAlg; kid?: string }
  | { ok: false; code: JwtFindingCode; detail: string }

/** jose's error codes (`JOSEError.code`) and ours; see jose src/util/errors.ts. */
const JOSE_CODES: Record<string, JwtFindingCode> = {
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'jwt.signature.invalid',
  ERR_JOSE_ALG_NOT_ALLOWED: 'jwt.signature.alg-not-allowed',
  ERR_JWS_INVALID: 'jwt.signature.malformed',
  ERR_JWT_INVALID: 'jwt.signature.malformed',
  ERR_JOSE_NOT_SUPPORTED: 'jwt.key.unsupported',
  ERR_JWK_INVALID: 'jwt.key.invalid',
  ERR_JWKS_INVALID: 'jwt.key.invalid',
  ERR_JWKS_NO_MATCHING_KEY: 'jwt.key.unusable',
  ERR_JWKS_MULTIPLE_MATCHING_KEYS: 'jwt.key.unusable',
}

/**
 * Verifies a compact JWS with a public JWK, accepting the algorithms STS accepts (spec §5.1:
 * RS256/384/512, ES256/384/512). Never rejects.
 *
 * @example
 * const check = await verifySignature(token, jwks.keys[0])
 * if (!check.ok) findings.push(JWT_FINDINGS.make(check.code, check.detail, 'token', { pointer: '/signature' }))
 */
export async function verifySignature(
  token: string,
  jwk: Record<string, unknown>,
): Promise<SignatureCheck> {
  try {
    return await verify(typeof token === 'string' ? token.trim() : '', jwk)
  } catch (error) {
    return fail('jwt.signature.error', describe(error))
  }
}

async function verify(token: string, jwk: Record<string, unknown>): Promise<SignatureCheck> {
  const header = readHeader(token)
  if (!header) return fail('jwt.signature.malformed', 'The token is not a compact JWS.')
  const alg = header.alg
  if (!isStsAcceptedAlg(alg)) {
    return fail(
      'jwt.signature.alg-not-allowed',
      `"${String(alg)}" is not one of ${STS_ACCEPTED_ALGS.join(', ')}.`,
    )
  }
  if (jwk === null || typeof jwk !== 'object' || Array.isArray(jwk)) {
    return fail('jwt.key.invalid', 'The key is not a JSON object.')
  }
  const mismatch = keyTypeMismatch(alg, jwk)
  if (mismatch) return fail('jwt.key.type-mismatch', mismatch)
  // jose's importJWK ignores `alg` and `use` when given an algorithm; a JWKS verifier (jose's
  // createLocalJWKSet, RFC 7517 §4.2/§4.4) skips such keys, so refuse them here too.
  if (jwk.alg !== undefined && jwk.alg !== alg) {
    return fail(
      'jwt.key.alg-mismatch',
      `The key is for "${String(jwk.alg)}"; the token uses ${alg}.`,
    )
  }
  if (jwk.use !== undefined && jwk.use !== 'sig') {
    return fail('jwt.key.not-for-signing', `The key's "use" is "${String(jwk.use)}", not "sig".`)
  }
  let key: Awaited<ReturnType<typeof importJWK>>
  try {
    // Only the public members: a pasted private JWK must not turn into a signing key.
    key = await importPublicKey(publicPart(jwk) as JWK, alg)
  } catch (error) {
    return fail(joseCode(error) ?? 'jwt.key.unusable', describe(error))
  }
  try {
    const { protectedHeader } = await compactVerify(token, key, {
      algorithms: [...STS_ACCEPTED_ALGS],
    })
    const kid = typeof protectedHeader.kid === 'string' ? protectedHeader.kid : undefined
    return kid === undefined ? { ok: true, alg } : { ok: true, alg, kid }
  } catch (error) {
    // A TypeError here is jose refusing the key for this algorithm (e.g. a too-short RSA key).
    return fail(joseCode(error) ?? 'jwt.key.unusable', describe(error))
  }
}

/**
 * Imported public keys, by their JWK and algorithm: importing is the costly part of a check, and
 * a scenario re-run after a keystroke uses the same key. The verification itself always runs.
 */
const importedKeys = new Map<string, Promise<Awaited<ReturnType<typeof importJWK>>>>()
const IMPORTED_KEYS_CAPACITY = 16

function importPublicKey(jwk: JWK, alg: string): Promise<Awaited<ReturnType<typeof importJWK>>> {
  const cacheKey = `${alg}\u0000${JSON.stringify(jwk)}`
  let imported = importedKeys.get(cacheKey)
  if (!imported) {
    imported = importJWK(jwk, alg)
    // A failed import is not remembered: the next call reports the same error afresh.
    imported.catch(() => importedKeys.delete(cacheKey))
    importedKeys.set(cacheKey, imported)
    if (importedKeys.size > IMPORTED_KEYS_CAPACITY)
      importedKeys.delete(importedKeys.keys().next().value as string)
  }
  return imported
}

/** The last token read by {@link readHeader} and its header: a re-run checks the same token. */
let lastHeader: { token: string; header: Record<string, unknown> | undefined } | undefined

/** The protected header, or undefined when the token has no readable one. Not to be mutated. */
function readHeader(token: string): Record<string, unknown> | undefined {
  if (lastHeader?.token === token) return lastHeader.header
  const header = parseHeader(token)
  lastHeader = { token, header }
  return header
}

function parseHeader(token: string): Record<string, unknown> | undefined {
  const segments = token.split('.')
  if (segments.length !== 3) return undefined
  try {
    const b64 = (segments[0] ?? '').replace(/-/g, '+').replace(/_/g, '/')
    const json = new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0)),
    )
    const header: unknown = JSON.parse(json)
    return header && typeof header === 'object' && !Array.isArray(header)
      ? (header as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

/** RS* needs an RSA key; ES* the EC key of its curve (RFC 7518 §3.3, §3.4). */
function keyTypeMismatch(alg: StsAcceptedAlg, jwk: Record<string, unknown>): string | undefined {
  if (alg.startsWith('RS')) {
    return jwk.kty === 'RSA'
      ? undefined
      : `${alg} needs an RSA key; this key is "${String(jwk.kty)}".`
  }
  const curve = EC_CURVE_OF_ALG[alg as keyof typeof EC_CURVE_OF_ALG]
  if (jwk.kty !== 'EC') return `${alg} needs an EC key; this key is "${String(jwk.kty)}".`
  if (jwk.crv !== curve) return `${alg} needs curve ${curve}; this key is "${String(jwk.crv)}".`
  return undefined
}

function joseCode(error: unknown): JwtFindingCode | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? JOSE_CODES[code] : undefined
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error)
}

function fail(code: JwtFindingCode, detail: string): SignatureCheck {
  return { ok: false, code, detail }
}
