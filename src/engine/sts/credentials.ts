/**
 * Simulated temporary credentials, derived deterministically from the scenario so that the same
 * scenario at the same instant always yields the same trace (and share links reproduce).
 * Shapes follow real STS output (shared/spec/irsa-semantics.md §5.2): a 20-character `ASIA…`
 * access key, a 40-character secret, an opaque session token, `AROA…` role IDs.
 * They are derived with SHA-256 (WebCrypto); they grant nothing anywhere.
 */

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))
}

/**
 * `length` characters of `alphabet` from one SHA-256 of the seed, stretched with xorshift32.
 * These are display values that must only be unique and stable per scenario, not secret: one
 * digest keeps simulate() cheap.
 */
async function charsFrom(seed: string, alphabet: string, length: number): Promise<string> {
  const digest = await sha256(seed)
  let state = ((digest[0]! << 24) | (digest[1]! << 16) | (digest[2]! << 8) | digest[3]!) >>> 0 || 1
  let out = ''
  for (let i = 0; i < length; i++) {
    state ^= state << 13
    state >>>= 0
    state ^= state >>> 17
    state ^= state << 5
    state >>>= 0
    out += alphabet[((state ^ digest[i % digest.length]!) >>> 0) % alphabet.length]
  }
  return out
}

/** A stable role ID (`AROA` + 17 characters), as IAM assigns one per role. */
export async function roleIdFor(roleArn: string): Promise<string> {
  return 'AROA' + (await charsFrom(`role-id:${roleArn}`, BASE32, 17))
}

export interface SimulatedCredentials {
  AccessKeyId: string
  SecretAccessKey: string
  SessionToken: string
}

/** Credentials for one AssumeRoleWithWebIdentity call, keyed by everything that identifies it. */
export async function deriveCredentials(seed: string): Promise<SimulatedCredentials> {
  const [accessKey, secret, token] = await Promise.all([
    charsFrom(`access-key:${seed}`, BASE32, 16),
    charsFrom(`secret:${seed}`, BASE64, 40),
    charsFrom(`session-token:${seed}`, BASE64, 344),
  ])
  return {
    AccessKeyId: 'ASIA' + accessKey,
    SecretAccessKey: secret,
    // Real session tokens begin with the base64 of a protobuf-ish header ("IQoJb3JpZ2luX2Vj…").
    SessionToken: 'IQoJb3JpZ2luX2VjE' + token,
  }
}

/** ISO 8601 with an explicit +00:00 offset, as the AWS CLI prints `Expiration`. */
export function formatCliTimestamp(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, '+00:00')
}
