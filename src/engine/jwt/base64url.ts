/**
 * Tolerant base64url decoding of one compact-JWS segment, saying where it goes wrong.
 * RFC 7515 §2: base64url (RFC 4648 §5) with the trailing `=` padding omitted.
 */

/** The outcome of decoding one segment. */
export type SegmentBytes =
  | {
      ok: true
      bytes: Uint8Array<ArrayBuffer>
      /** The segment ended in `=` padding (tolerated, but not compact-JWS form). */
      padded: boolean
    }
  | {
      ok: false
      /** 'char': a character outside the base64url alphabet; 'length': 4n+1 characters. */
      reason: 'char' | 'length'
      /** 0-based index into the segment of the offending character (the end for 'length'). */
      index: number
      char?: string
    }

const ALPHABET = /[^A-Za-z0-9_-]/

/** Decodes a base64url segment; never throws. */
export function decodeSegmentBytes(segment: string): SegmentBytes {
  let end = segment.length
  while (end > 0 && segment.charCodeAt(end - 1) === 61 /* = */ && segment.length - end < 2) end--
  const body = segment.slice(0, end)
  const bad = ALPHABET.exec(body)
  if (bad) return { ok: false, reason: 'char', index: bad.index, char: bad[0] }
  if (end < segment.length && (body.length + (segment.length - end)) % 4 !== 0) {
    // Padding that does not complete a quantum: the `=` itself is misplaced.
    return { ok: false, reason: 'char', index: end, char: '=' }
  }
  if (body.length % 4 === 1) return { ok: false, reason: 'length', index: body.length }
  const standard = body.replace(/-/g, '+').replace(/_/g, '/')
  const padded = standard + '='.repeat((4 - (standard.length % 4)) % 4)
  let binary: string
  try {
    binary = atob(padded)
  } catch {
    return { ok: false, reason: 'length', index: body.length }
  }
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return { ok: true, bytes, padded: end < segment.length }
}

/** Encodes bytes as base64url without padding. */
export function encodeBase64url(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}
