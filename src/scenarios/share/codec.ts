/**
 * Share links: the scenario in the URL fragment (never sent to any server), compressed with
 * lz-string, holding only what differs from the named preset. Decoding takes a string, never
 * `window.location`, and never throws: a bad link is a reason the UI can show.
 *
 * Format (version 1), the JSON behind `#s=`:
 *   { v: 1, p: presetId, i?: issuedAt (epoch s), d?: draft fields that differ (with an import's
 *     `notProvided` list and `existingRole` flag),
 *     c?: token claims that differ (re-signed on load with a fresh demo key),
 *     t?: the token as is (signature scenarios, or a real token shared with consent),
 *     r?: 1 (redacted: a real token's claims without its signature), s?: step index }
 * A preset without edits is simply `#p=<presetId>` (with `&i=<issuedAt>` and `&step=<n>` when set).
 */
import lzString from 'lz-string'
import type { ScenarioDraft } from '../draft'
import {
  DRAFT_SCHEMA,
  isEpochSeconds,
  isStepIndex,
  MAX_TEXT_FIELD_LENGTH,
  validField,
} from '../draftSchema'
import { decompressBounded } from './boundedDecompress'
import { findPreset } from '../presets'
import type { LineHunk } from './textDiff'

export const SHARE_VERSION = 1
/** Longer fragments are refused before decompression (a scenario compresses far below this). */
export const MAX_FRAGMENT_LENGTH = 64_000
/** Decompressed JSON above this is refused (a "zip bomb" in a link). */
export const MAX_JSON_LENGTH = 512_000

/** Draft fields a link may carry, with the type each must have. */
const SHARED_FIELD_TYPES = {
  serviceAccount: 'string',
  pod: 'string',
  issuer: 'string',
  jwks: 'string',
  oidcProviders: 'string',
  accountId: 'string',
  roleName: 'string',
  maxSessionDuration: 'number',
  trustPolicy: 'string',
  permissionPolicy: 'string',
  request: 'string',
  now: 'string',
  call: 'call',
  // An imported scenario's inputs that were not provided, and a role that exists (issue #16):
  // the receiver sees "not provided" and an update of the role, not empty values and a new role.
  notProvided: 'list',
  existingRole: 'flag',
} as const satisfies Partial<Record<keyof ScenarioDraft, string>>

export type SharedDraftField = keyof typeof SHARED_FIELD_TYPES
/** Text fields travel whole or as a line hunk against the preset's text. */
export type DraftDiff = {
  [K in SharedDraftField]?: ScenarioDraft[K] extends string ? string | LineHunk : ScenarioDraft[K]
}

export interface SharePayload {
  presetId: string
  /** The token's issue time (epoch seconds) when the preset is rebuilt for it. */
  issuedAt?: number
  draft: DraftDiff
  claims?: Record<string, unknown>
  token?: string
  redacted?: boolean
  step?: number
}

export type DecodeResult =
  | { ok: true; payload: SharePayload; migratedFrom?: number }
  | {
      ok: false
      reason: 'corrupt' | 'too-new' | 'too-large' | 'invalid' | 'unknown-preset'
      detail: string
    }

export function encodeSharePayload(payload: SharePayload): string {
  const edited =
    Object.keys(payload.draft).length > 0 ||
    payload.claims !== undefined ||
    payload.token !== undefined ||
    payload.issuedAt !== undefined
  if (!edited || (Object.keys(payload.draft).length === 0 && !payload.claims && !payload.token)) {
    const params = new URLSearchParams({ p: payload.presetId })
    if (payload.issuedAt !== undefined) params.set('i', String(payload.issuedAt))
    if (payload.step !== undefined) params.set('step', String(payload.step))
    return params.toString()
  }
  const wire: Record<string, unknown> = { v: SHARE_VERSION, p: payload.presetId }
  if (payload.issuedAt !== undefined) wire.i = payload.issuedAt
  if (Object.keys(payload.draft).length > 0) wire.d = payload.draft
  if (payload.claims) wire.c = payload.claims
  if (payload.token) wire.t = payload.token
  if (payload.redacted) wire.r = 1
  if (payload.step !== undefined) wire.s = payload.step
  return `s=${lzString.compressToEncodedURIComponent(JSON.stringify(wire))}`
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Reads `#p=…` or `#s=…` (with or without the `#`); anything else is not a share link. */
export function decodeShareFragment(fragment: string): DecodeResult | undefined {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment
  const params = new URLSearchParams(text)
  const preset = params.get('p')
  if (preset !== null) {
    const payload: SharePayload = { presetId: preset, draft: {} }
    const issuedAt = params.get('i')
    const step = params.get('step')
    // Numbers are bounded (one schema, ../draftSchema): an instant outside the Date range is
    // refused with a reason, never left to fail later while the page says "Generating…".
    if (issuedAt !== null) {
      const value = Number(issuedAt)
      if (!isEpochSeconds(value)) return badNumber('issue time')
      payload.issuedAt = value
    }
    if (step !== null) {
      const value = Number(step)
      if (!isStepIndex(value)) return badNumber('step')
      payload.step = value
    }
    return checkPreset(payload)
  }
  const packed = params.get('s')
  if (packed === null) return undefined
  if (packed.length > MAX_FRAGMENT_LENGTH) {
    return {
      ok: false,
      reason: 'too-large',
      detail: `The link is ${packed.length} characters long.`,
    }
  }
  let json: string | null | 'too-large'
  try {
    // URLSearchParams turned '+' into ' '; lz-string's URI alphabet uses '+'. Decompression
    // stops at the limit (a "zip bomb" link never inflates first and is refused after).
    json = decompressBounded(packed.replace(/ /g, '+'), MAX_JSON_LENGTH)
  } catch {
    json = null
  }
  if (json === 'too-large')
    return { ok: false, reason: 'too-large', detail: 'The link expands too far.' }
  if (!json)
    return {
      ok: false,
      reason: 'corrupt',
      detail: 'The link is truncated or was not made by IRSA Lab.',
    }
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch {
    return { ok: false, reason: 'corrupt', detail: 'The link does not hold valid JSON.' }
  }
  return migrate(raw)
}

/** Migrations from every past version to the current one (v1 is the first). */
const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {}

function migrate(raw: unknown): DecodeResult {
  if (!isRecord(raw) || typeof raw.v !== 'number' || !Number.isInteger(raw.v) || raw.v < 1) {
    return { ok: false, reason: 'invalid', detail: 'The link has no format version.' }
  }
  if (raw.v > SHARE_VERSION) {
    return {
      ok: false,
      reason: 'too-new',
      detail: `The link was made by a newer IRSA Lab (format ${raw.v}).`,
    }
  }
  const from = raw.v
  let current = raw
  for (let v = from; v < SHARE_VERSION; v++) current = MIGRATIONS[v]!(current)
  const payload = validate(current)
  if (typeof payload === 'string') return { ok: false, reason: 'invalid', detail: payload }
  const result = checkPreset(payload)
  return result.ok && from !== SHARE_VERSION ? { ...result, migratedFrom: from } : result
}

function checkPreset(payload: SharePayload): DecodeResult {
  if (!findPreset(payload.presetId)) {
    return {
      ok: false,
      reason: 'unknown-preset',
      detail: `No scenario is called "${payload.presetId}".`,
    }
  }
  return { ok: true, payload }
}

/** A line index in a hunk: within a text field's bounds. */
const isLineIndex = (v: unknown) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_TEXT_FIELD_LENGTH

const isHunk = (value: unknown): value is LineHunk =>
  Array.isArray(value) &&
  value.length >= 2 &&
  isLineIndex(value[0]) &&
  isLineIndex(value[1]) &&
  value.slice(2).every((line) => typeof line === 'string')

const badNumber = (what: string): DecodeResult => ({
  ok: false,
  reason: 'invalid',
  detail: `The ${what} is out of range.`,
})

/** Checks every field's type; returns what is wrong, or the payload. */
function validate(raw: Record<string, unknown>): SharePayload | string {
  if (typeof raw.p !== 'string') return 'The link names no scenario.'
  const payload: SharePayload = { presetId: raw.p, draft: {} }
  if (raw.i !== undefined) {
    if (typeof raw.i !== 'number' || !Number.isFinite(raw.i))
      return 'The issue time is not a number.'
    if (!isEpochSeconds(raw.i)) return 'The issue time is out of range.'
    payload.issuedAt = raw.i
  }
  if (raw.d !== undefined) {
    if (!isRecord(raw.d)) return 'The edits are not an object.'
    for (const [field, value] of Object.entries(raw.d)) {
      const type = SHARED_FIELD_TYPES[field as SharedDraftField]
      if (!type) return `The link edits an unknown field "${field}".`
      // The one draft schema's check (types and bounds), or a line hunk for a text field.
      const ok =
        type === 'string' && isHunk(value)
          ? true
          : validField(DRAFT_SCHEMA[field as SharedDraftField].kind, value)
      if (!ok) return `The field "${field}" has the wrong type.`
      Object.defineProperty(payload.draft, field, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
  }
  if (raw.c !== undefined) {
    if (!isRecord(raw.c)) return 'The claims are not an object.'
    payload.claims = raw.c
  }
  if (raw.t !== undefined) {
    if (typeof raw.t !== 'string') return 'The token is not text.'
    payload.token = raw.t
  }
  if (raw.r === 1) payload.redacted = true
  if (raw.s !== undefined) {
    if (typeof raw.s !== 'number' || !Number.isInteger(raw.s) || raw.s < 0)
      return 'The step is not a number.'
    if (!isStepIndex(raw.s)) return 'The step is out of range.'
    payload.step = raw.s
  }
  return payload
}
