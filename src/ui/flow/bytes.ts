/**
 * The bytes of the signature check, computed in the browser from the scenario's own token and
 * JWKS (never canned): the signing input, its SHA-256 digest (WebCrypto), and for RS256 the
 * signature raised to the key's exponent modulo its modulus (BigInt), which reveals the PKCS#1
 * v1.5 block `00 01 FF … FF 00 ‖ DigestInfo ‖ digest` (RFC 8017 §8.2.2, §9.2). The digest inside
 * must equal the computed one; on a tampered token they differ, byte by byte. ES256: the digest
 * and the (r, s) pair with WebCrypto's verdict (an ECDSA signature reveals no digest).
 * Pure apart from WebCrypto; bad input gives `undefined`, never a throw.
 */

/** DER of DigestInfo for SHA-256, before the 32 digest bytes (RFC 8017 §9.2, note 1). */
export const SHA256_DIGEST_INFO = Uint8Array.from([
  0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05,
  0x00, 0x04, 0x20,
])

export function base64UrlBytes(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/')
  try {
    const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4))
    return Uint8Array.from(binary, (c) => c.charCodeAt(0))
  } catch {
    return undefined
  }
}

export const hex = (bytes: Uint8Array): string[] =>
  [...bytes].map((b) => b.toString(16).padStart(2, '0'))

const toBigInt = (bytes: Uint8Array): bigint => bytes.reduce((n, b) => (n << 8n) | BigInt(b), 0n)

function toBytes(n: bigint, length: number): Uint8Array {
  const out = new Uint8Array(length)
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(n & 0xffn)
    n >>= 8n
  }
  return out
}

/** base^exp mod m, square and multiply (e = 65537: seventeen multiplications). */
export function modPow(base: bigint, exp: bigint, m: bigint): bigint {
  let result = 1n
  let b = base % m
  let e = exp
  while (e > 0n) {
    if (e & 1n) result = (result * b) % m
    b = (b * b) % m
    e >>= 1n
  }
  return result
}

/** Indices where two byte strings differ (over the longer one). */
export function differingBytes(a: Uint8Array, b: Uint8Array): number[] {
  const out: number[] = []
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) out.push(i)
  return out
}

export interface Pkcs1Block {
  /** The whole block, k bytes (k = the modulus' length). */
  block: Uint8Array
  /** `00 01`, at least eight `FF`, `00`: the padding is well formed. */
  padding: boolean
  /** The DigestInfo for SHA-256 follows it. */
  digestInfo: boolean
  /** The 32 bytes after the DigestInfo: the digest the signer signed. */
  digest: Uint8Array
  /** Where the padding ends (the `00` separator's index). */
  separator: number
}

/** Reads an EMSA-PKCS1-v1_5 block (RFC 8017 §9.2) without judging it. */
export function readPkcs1(block: Uint8Array): Pkcs1Block {
  let i = 2
  while (i < block.length && block[i] === 0xff) i++
  const padding = block[0] === 0 && block[1] === 1 && i - 2 >= 8 && block[i] === 0
  const info = block.slice(i + 1, i + 1 + SHA256_DIGEST_INFO.length)
  const digestInfo = differingBytes(info, SHA256_DIGEST_INFO).length === 0
  return {
    block,
    padding,
    digestInfo,
    digest: block.slice(i + 1 + SHA256_DIGEST_INFO.length),
    separator: i,
  }
}

export interface SignatureBytes {
  alg: string
  /** ASCII of `header.payload`. */
  signingInput: string
  /** SHA-256 of the signing input, computed here. */
  digest: Uint8Array
  /** RS256: what the signature opens to with the public key. */
  rsa?: Pkcs1Block
  /** ES256: the signature's two halves. */
  ec?: { r: Uint8Array; s: Uint8Array; verified: boolean }
  /** Whether the signature holds for this signing input. */
  valid: boolean
  /** RS256: the bytes where the signed digest and the computed one differ. */
  differing: number[]
}

type Jwk = Record<string, unknown>

/** The key the token's kid names (exactly), as STS selects it. */
export function keyFor(token: string, jwks: unknown): Jwk | undefined {
  const header = base64UrlBytes(token.split('.')[0] ?? '')
  if (!header) return undefined
  let kid: unknown
  try {
    kid = (JSON.parse(new TextDecoder().decode(header)) as Record<string, unknown>).kid
  } catch {
    return undefined
  }
  const keys = (jwks as { keys?: unknown })?.keys
  return Array.isArray(keys)
    ? (keys as Jwk[]).find((k) => k && typeof k === 'object' && k.kid === kid)
    : undefined
}

/** The signature check's bytes for a compact JWS and a JWK, or undefined if they cannot be read. */
export async function signatureBytes(token: string, jwk: Jwk): Promise<SignatureBytes | undefined> {
  const parts = token.trim().split('.')
  if (parts.length !== 3) return undefined
  const [h = '', p = '', s = ''] = parts
  const header = base64UrlBytes(h)
  const signature = base64UrlBytes(s)
  if (!header || !signature || !base64UrlBytes(p)) return undefined
  let alg: unknown
  try {
    alg = (JSON.parse(new TextDecoder().decode(header)) as Record<string, unknown>).alg
  } catch {
    return undefined
  }
  const signingInput = `${h}.${p}`
  const input = new TextEncoder().encode(signingInput)
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', input))
  if (alg === 'RS256' && typeof jwk.n === 'string' && typeof jwk.e === 'string') {
    const n = base64UrlBytes(jwk.n)
    const e = base64UrlBytes(jwk.e)
    if (!n || !e || n.length === 0) return undefined
    const modulus = toBigInt(n)
    const k = n[0] === 0 ? n.length - 1 : n.length
    const opened = modPow(toBigInt(signature), toBigInt(e), modulus)
    const rsa = readPkcs1(toBytes(opened, k))
    const differing = differingBytes(rsa.digest, digest)
    return {
      alg,
      signingInput,
      digest,
      rsa,
      valid: rsa.padding && rsa.digestInfo && differing.length === 0,
      differing,
    }
  }
  if (alg === 'ES256' && signature.length === 64) {
    let verified: boolean
    try {
      const key = await crypto.subtle.importKey(
        'jwk',
        jwk as JsonWebKey,
        { name: 'ECDSA', namedCurve: 'P-256' },
        false,
        ['verify'],
      )
      verified = await crypto.subtle.verify(
        { name: 'ECDSA', hash: 'SHA-256' },
        key,
        signature as Uint8Array<ArrayBuffer>,
        input,
      )
    } catch {
      verified = false
    }
    return {
      alg,
      signingInput,
      digest,
      ec: { r: signature.slice(0, 32), s: signature.slice(32), verified },
      valid: verified,
      differing: [],
    }
  }
  return undefined
}
