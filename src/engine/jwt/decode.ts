/**
 * Tolerant decoding of a compact JWS (RFC 7515 §7.1): say what is malformed and where, and still
 * return whatever can be read. Never verifies anything and never throws.
 *
 * The token's "parsed document", which finding pointers address, is
 * `{ header: {...}, payload: {...}, signature: '<b64url>' }`: e.g. `/payload/exp`, `/header/kid`,
 * `/signature`, or `/header` for a bad segment. Positions (`at`) are into the pasted text.
 */
import { STS_LIMITS } from '../constants'
import { parseJsonDocument } from '../text/document'
import type { Finding } from '../types'
import { decodeSegmentBytes } from './base64url'
import { checkClaimShapes, checkHeader } from './shape'
import { JWT_FINDINGS } from './findings'
import { stripPasted, type PastedToken } from './paste'
import { memoizeByKey } from '../memo'

/** What {@link decodeToken} could read from a token, and what is wrong with it. */
export interface DecodedToken {
  /** The protected header, when its segment decodes to a JSON object. */
  header?: Record<string, unknown>
  /** The claims, when the second segment decodes to a JSON object. */
  payload?: Record<string, unknown>
  /** The third segment as written (base64url), when the token has three segments. */
  signature?: string
  /** `<header>.<payload>` as written: the bytes the signature covers (three segments only). */
  signingInput?: string
  /** The dot-separated segments of {@link compact}. */
  segments: string[]
  findings: Finding[]
  /** The header segment decoded as UTF-8 text. */
  headerText?: string
  /** The payload segment decoded as UTF-8 text. */
  payloadText?: string
  /** The token with pasted whitespace, `Bearer ` and quotes removed: what STS would receive. */
  compact: string
}

type SegmentName = 'header' | 'payload'

const UTF8 = new TextDecoder('utf-8', { fatal: true })

/** See {@link decodeToken}. */
function decode(token: string): DecodedToken {
  const raw = typeof token === 'string' ? token : ''
  const pasted = stripPasted(raw)
  const { compact } = pasted
  // Nothing but whitespace is simply empty, not "whitespace removed".
  const findings = compact === '' ? [] : [...pasted.findings]
  const result: DecodedToken = { segments: [], findings, compact }
  if (compact === '') {
    findings.push(JWT_FINDINGS.make('jwt.empty', 'The token is empty.', 'token', { pointer: '' }))
    return result
  }
  if (compact.length > STS_LIMITS.webIdentityTokenLength[1]) {
    findings.push(
      JWT_FINDINGS.make(
        'jwt.too-long',
        `The token is ${compact.length} characters long; STS accepts at most ${STS_LIMITS.webIdentityTokenLength[1]}.`,
        'token',
        { pointer: '' },
      ),
    )
  }
  const segments = compact.split('.')
  result.segments = segments
  const offsets = segmentOffsets(segments)
  if (segments.length === 5) {
    findings.push(
      JWT_FINDINGS.make(
        'jwt.jwe',
        'Five segments: this is an encrypted JWE, not a signed JWS; STS cannot read it.',
        'token',
        { pointer: '' },
      ),
    )
  } else if (segments.length !== 3) {
    findings.push(
      JWT_FINDINGS.make(
        'jwt.segment-count',
        `Expected three dot-separated segments (header.payload.signature), found ${segments.length}.`,
        'token',
        { pointer: '' },
      ),
    )
  }
  const header = readSegment(segments[0] ?? '', 'header', offsets[0] ?? 0, pasted, result)
  if (header) {
    result.header = header
    findings.push(...checkHeader(header))
  }
  // A JWE's second segment is the encrypted key, not claims.
  if (segments.length >= 2 && segments.length !== 5) {
    const payload = readSegment(segments[1] ?? '', 'payload', offsets[1] ?? 0, pasted, result)
    if (payload) {
      result.payload = payload
      findings.push(...checkClaimShapes(payload))
    }
  }
  if (segments.length === 3) {
    const signature = segments[2] ?? ''
    result.signature = signature
    result.signingInput = `${segments[0]}.${segments[1]}`
    if (signature === '') {
      findings.push(
        JWT_FINDINGS.make('jwt.signature.missing', 'The token has no signature.', 'token', {
          pointer: '/signature',
        }),
      )
    } else {
      checkBase64(signature, '/signature', offsets[2] ?? 0, pasted, findings)
    }
  }
  return result
}

function segmentOffsets(segments: string[]): number[] {
  const offsets: number[] = []
  let offset = 0
  for (let i = 0; i < Math.min(segments.length, 3); i++) {
    offsets.push(offset)
    offset += (segments[i] ?? '').length + 1
  }
  return offsets
}

/** Checks a segment's base64url; returns the bytes when they decode. */
function checkBase64(
  segment: string,
  pointer: string,
  offset: number,
  pasted: PastedToken,
  findings: Finding[],
): Uint8Array | undefined {
  const decoded = decodeSegmentBytes(segment)
  const name = pointer.slice(1)
  if (!decoded.ok) {
    const message =
      decoded.reason === 'char'
        ? `The ${name} is not base64url: "${decoded.char}" at character ${decoded.index + 1} of the segment.`
        : `The ${name} is not base64url: its length (${segment.length}) cannot be decoded.`
    findings.push(
      JWT_FINDINGS.make('jwt.segment.base64', message, 'token', {
        pointer,
        at: pasted.positionOf(offset + decoded.index),
      }),
    )
    return undefined
  }
  if (decoded.padded) {
    findings.push(
      JWT_FINDINGS.make(
        'jwt.segment.padding',
        `The ${name} ends in "=" padding, which compact JWS omits (RFC 7515 §2).`,
        'token',
        { pointer, at: pasted.positionOf(offset + segment.indexOf('=')) },
      ),
    )
  }
  return decoded.bytes
}

/** Decodes a header or payload segment to a JSON object, reporting each way it can fail. */
function readSegment(
  segment: string,
  name: SegmentName,
  offset: number,
  pasted: PastedToken,
  result: DecodedToken,
): Record<string, unknown> | undefined {
  const { findings } = result
  const pointer = `/${name}`
  if (segment === '') {
    findings.push(
      JWT_FINDINGS.make('jwt.segment.empty', `The ${name} segment is empty.`, 'token', { pointer }),
    )
    return undefined
  }
  const bytes = checkBase64(segment, pointer, offset, pasted, findings)
  if (!bytes) return undefined
  let text: string
  try {
    text = UTF8.decode(bytes)
  } catch {
    findings.push(
      JWT_FINDINGS.make('jwt.segment.not-utf8', `The ${name} is not UTF-8 text.`, 'token', {
        pointer,
      }),
    )
    return undefined
  }
  if (name === 'header') result.headerText = text
  else result.payloadText = text
  const parsed = parseJsonDocument(text, 'token')
  for (const finding of parsed.findings) {
    if (finding.code === 'document.duplicate-key' && finding.pointer !== undefined) {
      findings.push(
        JWT_FINDINGS.make(
          'jwt.segment.duplicate-member',
          `The ${name} names "${finding.pointer.slice(1)}" twice; only the last one counts.`,
          'token',
          { pointer: pointer + finding.pointer },
        ),
      )
    }
  }
  if (!parsed.ok) {
    findings.push(
      JWT_FINDINGS.make('jwt.segment.not-json', `The ${name} is not valid JSON.`, 'token', {
        pointer,
      }),
    )
  }
  const value = parsed.value
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    if (parsed.ok) {
      findings.push(
        JWT_FINDINGS.make(
          'jwt.segment.not-object',
          `The ${name} is JSON but not an object.`,
          'token',
          { pointer },
        ),
      )
    }
    return undefined
  }
  // Partial JSON still shows what could be read; the not-json error says it is unusable.
  return value as Record<string, unknown>
}

/**
 * Decodes a compact JWS without verifying it. Results are cached by text and must not be mutated.
 *
 * @example
 * const { payload, findings } = decodeToken(token)
 * findings.map((f) => [f.code, f.pointer]) // e.g. [['jwt.claim.not-integer', '/payload/exp']]
 */
export const decodeToken = memoizeByKey(decode, (token: string) =>
  typeof token === 'string' ? token : '',
)
