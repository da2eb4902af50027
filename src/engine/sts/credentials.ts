/**
 * Simulated temporary credentials, derived deterministically from the scenario so that the same
 * scenario at the same instant always yields the same trace (and share links reproduce).
 * Shapes follow real STS output (shared/spec/irsa-semantics.md §5.2): a 20-character `ASIA…`
 * access key, a 40-character secret, an opaque session token, `AROA…` role IDs.
 * They grant nothing anywhere.
 */

import { memoizeByParts } from '../memo'

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/**
 * A 53-bit hash of the seed (cyrb53: two multiply-xorshift lanes). These strings are display
 * values that only need to be stable and distinct per scenario — they are not secrets and guard
 * nothing — so a synchronous hash keeps simulate() cheap. Real cryptography stays in jwt/.
 */
function hash53(seed: string): number {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < seed.length; i++) {
    const c = seed.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

/** `length` characters of `alphabet`, from a 53-bit hash stretched with xorshift32. */
function charsFrom(hash: number, alphabet: string, length: number): string {
  let state = (hash >>> 0) ^ Math.floor(hash / 4294967296) || 1
  let out = ''
  for (let i = 0; i < length; i++) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    out += alphabet[(state >>> 0) % alphabet.length]
  }
  return out
}

/** A stable role ID (`AROA` + 17 characters), as IAM assigns one per role. */
export const roleIdFor = memoizeByParts(
  (roleArn: string): string => 'AROA' + charsFrom(hash53(`role-id:${roleArn}`), BASE32, 17),
  (roleArn) => [roleArn],
  8,
)

export interface SimulatedCredentials {
  AccessKeyId: string
  SecretAccessKey: string
  SessionToken: string
}

/**
 * The credentials of AssumeRoleWithWebIdentity: {@link deriveCredentials} of
 * `JSON.stringify([token, roleArn, roleSessionName, nowSeconds, durationSeconds])`. A re-run asks
 * for the same: the last few are kept (frozen), looked up without building that long seed.
 */
export const credentialsFor = memoizeByParts(
  (
    token: string,
    roleArn: string,
    roleSessionName: string | undefined,
    nowSeconds: number,
    durationSeconds: number,
  ): SimulatedCredentials =>
    Object.freeze(
      deriveCredentials(
        JSON.stringify([token, roleArn, roleSessionName, nowSeconds, durationSeconds]),
      ),
    ),
  (...parts) => parts,
  8,
)

/** Credentials for one AssumeRoleWithWebIdentity call, keyed by everything that identifies it. */
export function deriveCredentials(seed: string): SimulatedCredentials {
  // One pass over the (long) seed; each value then gets its own short derived seed.
  const h = hash53(seed)
  const accessKey = charsFrom(hash53(`access-key:${h}`), BASE32, 16)
  const secret = charsFrom(hash53(`secret:${h}`), BASE64, 40)
  const token = charsFrom(hash53(`session-token:${h}`), BASE64, 344)
  return {
    AccessKeyId: 'ASIA' + accessKey,
    SecretAccessKey: secret,
    // Real session tokens begin with the base64 of a protobuf-ish header ("IQoJb3JpZ2luX2Vj…").
    SessionToken: 'IQoJb3JpZ2luX2VjE' + token,
  }
}

/**
 * ISO 8601 with an explicit +00:00 offset, as the AWS CLI prints `Expiration` (kept for the last
 * few instants: a re-run at the same instant asks for the same text).
 */
export const formatCliTimestamp = memoizeByParts(
  (epochSeconds: number): string =>
    new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, '+00:00'),
  (epochSeconds) => [epochSeconds],
  4,
)
