/**
 * Proof-of-solve links: the scenario an attendee's check passed on, carried in a share link
 * (../../scenarios/share: the same codec, bounds and privacy), with the challenge's id and,
 * optionally, the attendee's display name. The host's wall verifies a proof OFFLINE by rebuilding
 * that scenario and re-running the challenge's check with the engine: nothing in the link says
 * "solved", and a link whose scenario does not pass shows as not solved.
 *
 * Format (version 1), a URL fragment (never sent to any server):
 *   #proof=1&c=<challenge id>[&n=<display name>]&<share fragment: s=… or p=…&i=…>
 * Opened in the playground, it is an ordinary share link: the attendee's solution loads.
 *
 * What travels is what a share link carries by default: a generated token as its claims (re-signed
 * with a fresh demo key when verified; the attendee's key never leaves their browser), the pod's
 * env values and annotations redacted except those the engine reads (same verdict), no private
 * JWK member, no real token. Decoding never throws: a bad link is a reason the wall can show.
 */
import { generateClusterKey } from '../../engine'
import type { ClusterKey } from '../../engine/jwt'
import {
  decodeShareFragment,
  type DecodeResult,
  type SharePayload,
} from '../../scenarios/share/codec'
import { createShareLink, materializeShare, type ShareSource } from '../../scenarios/share/link'
import type { Challenge, Criterion } from './types'

export const PROOF_VERSION = 1
/** Longer links are refused unread (a challenge's proof is a few hundred to ~3,000 characters). */
export const MAX_PROOF_LINK_LENGTH = 20_000
/** A display name's length, in characters (code points), after cleaning. */
export const MAX_NAME_LENGTH = 40

/** Control and format characters (bidi overrides, zero-width) never reach a name on screen. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu

/** A display name as it travels: no control or format characters, spaces collapsed, capped. */
export function cleanName(raw: string): string {
  const text = raw.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()
  return [...text].slice(0, MAX_NAME_LENGTH).join('')
}

export interface ProofInput {
  challengeId: string
  /** A share fragment (without `#`), as createShareLink makes it. */
  share: string
  name?: string
}

/** The fragment (without `#`) of a proof. */
export function encodeProof({ challengeId, share, name }: ProofInput): string {
  const params = new URLSearchParams({ proof: String(PROOF_VERSION), c: challengeId })
  const clean = name === undefined ? '' : cleanName(name)
  if (clean) params.set('n', clean)
  return `${params.toString()}&${share}`
}

/** The link an attendee hands to the host: this page's address (no query) with the proof. */
export function proofLink(base: string, proof: ProofInput): string {
  const url = new URL(base)
  url.search = ''
  url.hash = encodeProof(proof)
  return url.toString()
}

/**
 * The share fragment of the scenario a check passed on (a generated token as its claims, the pod
 * redacted: the share link's defaults). Throws only when the share link cannot be made.
 */
export async function proofShare(source: ShareSource): Promise<string> {
  return (await createShareLink({ ...source, step: undefined }, 'redact')).fragment
}

export type ProofProblem =
  | { kind: 'not-a-proof' }
  | { kind: 'too-large'; length: number }
  | { kind: 'too-new'; version: string }
  | { kind: 'unknown-challenge'; id: string }
  | { kind: 'bad-name' }
  | { kind: 'scenario'; reason: Extract<DecodeResult, { ok: false }>['reason'] | 'missing' }

export type ProofDecode =
  | { ok: true; challengeId: string; name?: string; share: SharePayload }
  | { ok: false; problem: ProofProblem; name?: string; challengeId?: string }

/** The fragment of a pasted link: after its `#`, else the text itself. */
function fragmentOf(text: string): string {
  const trimmed = text.trim()
  const hash = trimmed.indexOf('#')
  return hash >= 0 ? trimmed.slice(hash + 1) : trimmed
}

/**
 * Reads a proof from a link (a whole URL, `#proof=…` or `proof=…`). `known` says which challenge
 * ids exist. Never throws.
 */
export function decodeProof(text: string, known: (id: string) => boolean): ProofDecode {
  if (text.length > MAX_PROOF_LINK_LENGTH)
    return { ok: false, problem: { kind: 'too-large', length: text.length } }
  const fragment = fragmentOf(text)
  let params: URLSearchParams
  try {
    params = new URLSearchParams(fragment)
  } catch {
    return { ok: false, problem: { kind: 'not-a-proof' } }
  }
  const version = params.get('proof')
  if (version === null || !/^[1-9][0-9]{0,5}$/.test(version))
    return { ok: false, problem: { kind: 'not-a-proof' } }
  if (Number(version) > PROOF_VERSION) return { ok: false, problem: { kind: 'too-new', version } }
  const rawName = params.get('n')
  const name = rawName === null ? undefined : cleanName(rawName)
  const named = name ? { name } : {}
  const challengeId = params.get('c') ?? ''
  // A name that cleaning had to shorten was not made by this page: the whole proof is refused.
  if (rawName !== null && [...rawName.replace(INVISIBLE, '').trim()].length > MAX_NAME_LENGTH)
    return {
      ok: false,
      problem: { kind: 'bad-name' },
      ...(known(challengeId) ? { challengeId } : {}),
    }
  if (!known(challengeId))
    return {
      ok: false,
      problem: { kind: 'unknown-challenge', id: [...challengeId].slice(0, 60).join('') },
      ...named,
    }
  const shared = decodeShareFragment(fragment)
  if (!shared)
    return { ok: false, problem: { kind: 'scenario', reason: 'missing' }, challengeId, ...named }
  if (!shared.ok)
    return {
      ok: false,
      problem: { kind: 'scenario', reason: shared.reason },
      challengeId,
      ...named,
    }
  return { ok: true, challengeId, share: shared.payload, ...named }
}

export type ProofVerdict =
  | {
      status: 'solved' | 'not-solved'
      challengeId: string
      name?: string
      criteria: Criterion[]
    }
  | {
      status: 'invalid'
      problem: ProofProblem | { kind: 'failed' }
      challengeId?: string
      name?: string
    }

/** The demo key proofs are rebuilt with (never shown or stored; see `verifyProof`). */
let verifierKey: Promise<ClusterKey> | undefined

/**
 * Verifies a proof link on this device: rebuilds its scenario (a fresh demo key, as a share link
 * opens) and runs the challenge's check on it with the engine. Never throws.
 */
export async function verifyProof(
  text: string,
  find: (id: string) => Challenge | undefined,
): Promise<ProofVerdict> {
  const decoded = decodeProof(text, (id) => find(id) !== undefined)
  if (!decoded.ok) {
    const { problem, challengeId, name } = decoded
    return {
      status: 'invalid',
      problem,
      ...(challengeId !== undefined ? { challengeId } : {}),
      ...(name !== undefined ? { name } : {}),
    }
  }
  const { challengeId, name } = decoded
  const named = name !== undefined ? { name } : {}
  try {
    const challenge = find(challengeId)!
    // One key for every proof this page verifies: a wall of 100 links need not generate 100.
    verifierKey ??= generateClusterKey('RS256')
    const shared = await materializeShare(decoded.share, await verifierKey)
    const { privateJwk, kid, publicJwk } = shared.signingKey
    const result = await challenge.check(shared.draft, { key: { privateJwk, kid, publicJwk } })
    return {
      status: result.solved ? 'solved' : 'not-solved',
      challengeId,
      criteria: result.criteria,
      ...named,
    }
  } catch {
    // A scenario the checks let through but the engine could not rebuild or run.
    return { status: 'invalid', problem: { kind: 'failed' }, challengeId, ...named }
  }
}
