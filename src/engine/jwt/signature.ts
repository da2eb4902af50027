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
import { decodeSegmentBytes } from './base64url'
import { PRIVATE_JWK_MEMBERS, publicPart } from './kid'

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
export function verifySignature(
  token: string,
  jwk: Record<string, unknown>,
): Promise<SignatureCheck> {
  const compact = typeof token === 'string' ? token.trim() : ''
  // With the key imported already, WebCrypto starts on this very call (a caller that starts the
  // check early overlaps it with its own work); a signature that does not verify, or anything
  // unusual, is checked again on the full path below for its exact error.
  let direct: Promise<SignatureCheck> | undefined
  try {
    direct = verifyNow(compact, jwk)
  } catch {
    direct = undefined
  }
  return direct ?? verifyFully(compact, jwk)
}

async function verifyFully(token: string, jwk: Record<string, unknown>): Promise<SignatureCheck> {
  try {
    return await verify(token, jwk)
  } catch (error) {
    return fail('jwt.signature.error', describe(error))
  }
}

/**
 * The check started synchronously, when everything before WebCrypto passes and the key is
 * imported already; undefined when the full path must run (it repeats these checks itself).
 */
function verifyNow(
  token: string,
  jwk: Record<string, unknown>,
): Promise<SignatureCheck> | undefined {
  const header = readHeader(token)
  if (!header) return undefined
  const alg = header.alg
  if (!isStsAcceptedAlg(alg)) return undefined
  if (jwk === null || typeof jwk !== 'object' || Array.isArray(jwk)) return undefined
  if (keyTypeMismatch(alg, jwk)) return undefined
  if (jwk.alg !== undefined && jwk.alg !== alg) return undefined
  if (jwk.use !== undefined && jwk.use !== 'sig') return undefined
  const key = importedAlready(jwk, alg)
  if (!key) return undefined
  const verified = verifyDirect(token, header, key, alg)
  if (!verified) return undefined
  const kid = typeof header.kid === 'string' ? header.kid : undefined
  const ok: SignatureCheck = kid === undefined ? { ok: true, alg } : { ok: true, alg, kid }
  return verified.then(
    (valid) => (valid ? ok : verifyFully(token, jwk)),
    () => verifyFully(token, jwk),
  )
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
    key = await importPublicKey(jwk, alg)
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

type ImportedKey = Awaited<ReturnType<typeof importJWK>>

/**
 * Imported public keys, by their JWK and algorithm: importing is the costly part of a check, and
 * a scenario re-run after a keystroke uses the same key. The verification itself always runs.
 */
const importedKeys = new Map<string, Promise<ImportedKey>>()
const IMPORTED_KEYS_CAPACITY = 16

/**
 * The JWK object last imported and the exact members it had then (name, value, name, value…):
 * a re-run with the same, unchanged JWK object finds its key without serializing the key again.
 * A member changed in place, added or removed no longer matches, and the key is looked up by
 * content (`importedKeys`) as before; a member that is not a primitive always goes that way.
 */
interface LastImport {
  alg: string
  members: unknown[]
  key: Promise<ImportedKey>
  /** The key once imported. */
  resolved?: ImportedKey
}
const lastImport = new WeakMap<object, LastImport>()

/** The JWK's public members as a flat list, or undefined when one is not a primitive. */
function flatMembers(jwk: Record<string, unknown>): unknown[] | undefined {
  const members: unknown[] = []
  for (const name in jwk) {
    if (!Object.hasOwn(jwk, name)) continue
    if ((PRIVATE_JWK_MEMBERS as readonly string[]).includes(name)) continue
    const value = jwk[name]
    if (value !== null && (typeof value === 'object' || typeof value === 'function'))
      return undefined
    members.push(name, value)
  }
  return members
}

const sameMembers = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, i) => Object.is(value, b[i]))

function importPublicKey(jwk: Record<string, unknown>, alg: string): Promise<ImportedKey> {
  const members = flatMembers(jwk)
  const last = members ? lastImport.get(jwk) : undefined
  if (last && last.alg === alg && sameMembers(last.members, members!)) return last.key
  const key = importByContent(publicPart(jwk) as JWK, alg)
  if (members) {
    const entry: LastImport = { alg, members, key }
    lastImport.set(jwk, entry)
    key.then(
      (imported) => {
        entry.resolved = imported
      },
      () => undefined,
    )
  }
  return key
}

/** The key imported for this very JWK object, unchanged since, if its import has finished. */
function importedAlready(jwk: Record<string, unknown>, alg: string): ImportedKey | undefined {
  const last = lastImport.get(jwk)
  if (!last?.resolved || last.alg !== alg) return undefined
  const members = flatMembers(jwk)
  return members && sameMembers(last.members, members) ? last.resolved : undefined
}

function importByContent(jwk: JWK, alg: string): Promise<ImportedKey> {
  const cacheKey = `${alg}\u0000${JSON.stringify(jwk)}`
  let imported = importedKeys.get(cacheKey)
  if (!imported) {
    imported = importJWK(jwk, alg)
    // A failed import is not remembered: the next call reports the same error afresh.
    imported.catch(() => {
      importedKeys.delete(cacheKey)
    })
    importedKeys.set(cacheKey, imported)
    if (importedKeys.size > IMPORTED_KEYS_CAPACITY)
      importedKeys.delete(importedKeys.keys().next().value as string)
  }
  return imported
}

/**
 * What {@link verifyDirect} needs of a token, read once per token: the bytes signed (the first two
 * segments, ASCII) and the signature's bytes; undefined when the token is not one jose would
 * verify exactly as WebCrypto does (see verifyDirect).
 */
interface SignedParts {
  signingInput: Uint8Array<ArrayBuffer>
  signature: Uint8Array<ArrayBuffer>
}

/** The last token read by {@link readHeader}, its header and its signed parts. */
let lastToken:
  | { token: string; header: Record<string, unknown> | undefined; signed?: SignedParts | null }
  | undefined

/** The protected header, or undefined when the token has no readable one. Not to be mutated. */
function readHeader(token: string): Record<string, unknown> | undefined {
  if (lastToken?.token === token) return lastToken.header
  const header = parseHeader(token)
  lastToken = { token, header }
  return header
}

/** The segment's bytes when it is base64url with no padding (jose decodes such segments alike). */
function unpaddedBytes(segment: string): Uint8Array<ArrayBuffer> | undefined {
  const decoded = decodeSegmentBytes(segment)
  return decoded.ok && !decoded.padded ? decoded.bytes : undefined
}

function signedParts(token: string, header: Record<string, unknown>): SignedParts | undefined {
  const cached = lastToken?.token === token ? lastToken.signed : undefined
  if (cached !== undefined) return cached ?? undefined
  const segments = token.split('.')
  let parts: SignedParts | undefined
  // jose handles the "crit" and "b64" header parameters (RFC 7797); such a token goes through it.
  const signature =
    segments.length === 3 &&
    unpaddedBytes(segments[0]!) &&
    unpaddedBytes(segments[1]!) &&
    !Object.hasOwn(header, 'crit') &&
    !Object.hasOwn(header, 'b64')
      ? unpaddedBytes(segments[2]!)
      : undefined
  if (signature) {
    const signingInput = new Uint8Array(segments[0]!.length + 1 + segments[1]!.length)
    for (let i = 0; i < signingInput.length; i++) signingInput[i] = token.charCodeAt(i)
    parts = { signingInput, signature }
  }
  if (lastToken?.token === token) lastToken.signed = parts ?? null
  return parts
}

/** WebCrypto's parameters for each algorithm STS accepts (RFC 7518 §3.3, §3.4; jose's table). */
const SIGNING: Record<StsAcceptedAlg, AlgorithmIdentifier | EcdsaParams> = {
  RS256: { name: 'RSASSA-PKCS1-v1_5' },
  RS384: { name: 'RSASSA-PKCS1-v1_5' },
  RS512: { name: 'RSASSA-PKCS1-v1_5' },
  ES256: { name: 'ECDSA', hash: 'SHA-256' },
  ES384: { name: 'ECDSA', hash: 'SHA-384' },
  ES512: { name: 'ECDSA', hash: 'SHA-512' },
}

/**
 * The signature checked with WebCrypto as jose's compactVerify would check it, without re-reading
 * the token: resolves true only when it verifies and jose would accept it too (a well-formed
 * compact JWS with no "crit"/"b64", a CryptoKey of at least 2,048 bits for RS*, as jose's
 * checkModulusLength demands). Undefined or false means "ask jose", which then gives the outcome
 * and its exact error. WebCrypto is called before this returns.
 */
function verifyDirect(
  token: string,
  header: Record<string, unknown>,
  key: ImportedKey,
  alg: StsAcceptedAlg,
): Promise<boolean> | undefined {
  // jose's isCryptoKey test (a Uint8Array would be an "oct" secret, which STS does not accept).
  if ((key as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] !== 'CryptoKey') return
  if ((key as CryptoKey).type !== 'public') return
  if (alg.startsWith('RS')) {
    const bits = ((key as CryptoKey).algorithm as RsaHashedKeyAlgorithm).modulusLength
    if (typeof bits !== 'number' || bits < 2048) return
  }
  const parts = signedParts(token, header)
  if (!parts) return
  return crypto.subtle
    .verify(SIGNING[alg], key as CryptoKey, parts.signature, parts.signingInput)
    .catch(() => false)
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
