/**
 * The one schema every scenario that comes from outside the page is checked against before use:
 * share links, scenario files and the autosave. Types and bounds: text fields are strings of a
 * bounded length, numbers are finite and within range, instants lie within the JavaScript Date
 * range (ECMA-262 §21.4.1.1: ±8.64e15 ms; bounded tighter to years 1970–9999 so that every ISO
 * string has the usual four-digit year).
 *
 * Checking never throws; the result says which field is wrong.
 */
import type { NotProvidedInput } from '../engine'
import type { ScenarioDraft } from './draft'

/** A text field longer than this is refused (a scenario is a few kilobytes; 2 MB is generous). */
export const MAX_TEXT_FIELD_LENGTH = 2_000_000
/** Instants as epoch seconds: 1970-01-01 … 9999-12-31 minus a day (a token's exp must fit too). */
export const MIN_EPOCH_SECONDS = 0
export const MAX_EPOCH_SECONDS = 253_402_214_399
/** maxSessionDuration and request durations: IAM allows 3600–43200; anything within ±1e9 is kept
 * (the engine reports out-of-range values as AWS does), beyond it is not a duration. */
export const MAX_DURATION_SECONDS = 1_000_000_000
/** Step indexes (a trace has a few dozen steps; the player clamps). */
export const MAX_STEP_INDEX = 10_000
/** The simulated instant's text. */
export const MAX_INSTANT_LENGTH = 64

export type FieldKind = 'text' | 'duration' | 'instant' | 'call' | 'inputList' | 'flag'

/** Every draft field with its type, and a default for the optional ones (a file written by hand). */
export const DRAFT_SCHEMA: Record<keyof ScenarioDraft, { kind: FieldKind; default?: unknown }> = {
  token: { kind: 'text' },
  serviceAccount: { kind: 'text' },
  pod: { kind: 'text', default: '' },
  issuer: { kind: 'text' },
  jwks: { kind: 'text' },
  oidcProviders: { kind: 'text' },
  accountId: { kind: 'text' },
  roleName: { kind: 'text' },
  maxSessionDuration: { kind: 'duration', default: 3600 },
  trustPolicy: { kind: 'text' },
  permissionPolicy: { kind: 'text', default: '' },
  request: { kind: 'text', default: '{}' },
  now: { kind: 'instant' },
  call: { kind: 'call', default: { action: '', resource: '' } },
  // Optional (issue #16): absent in a scenario that did not come from an import.
  notProvided: { kind: 'inputList' },
  existingRole: { kind: 'flag' },
}

/** The names `notProvided` may list (the engine's `NotProvidedInput`). */
const INPUT_NAMES: ReadonlySet<unknown> = new Set<NotProvidedInput>([
  'token',
  'serviceAccount',
  'pod',
  'issuer',
  'jwks',
  'oidcProviders',
  'trustPolicy',
  'permissionPolicy',
])

const isText = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= MAX_TEXT_FIELD_LENGTH

/**
 * Whether an instant text may be used: short, and when it reads as a date, one within range (not
 * `+275760-09-13T00:00:00Z`, where adding a token's lifetime leaves the Date range). Text that is
 * not a date at all passes: the engine reports it as a finding at the clock.
 */
export function isInstantText(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_INSTANT_LENGTH) return false
  const ms = Date.parse(value)
  return Number.isNaN(ms) || (ms >= MIN_EPOCH_SECONDS * 1000 && ms <= MAX_EPOCH_SECONDS * 1000)
}

/**
 * The latest issue instant a link may carry: a preset adds its clock and the token's lifetime to
 * it (a day at most today), so a year of room keeps every instant it derives within range.
 */
export const MAX_ISSUED_AT_SECONDS = MAX_EPOCH_SECONDS - 366 * 86_400

/** Whether a number is usable as epoch seconds (an issue instant in a link). */
export const isEpochSeconds = (v: unknown): v is number =>
  typeof v === 'number' &&
  Number.isInteger(v) &&
  v >= MIN_EPOCH_SECONDS &&
  v <= MAX_ISSUED_AT_SECONDS

export const isStepIndex = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_STEP_INDEX

export const isDuration = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_DURATION_SECONDS

/** Whether one field's value fits the schema. */
export function validField(kind: FieldKind, value: unknown): boolean {
  switch (kind) {
    case 'text':
      return isText(value)
    case 'duration':
      return isDuration(value)
    case 'instant':
      return isInstantText(value)
    case 'inputList':
      return (
        value === undefined ||
        (Array.isArray(value) &&
          value.length <= INPUT_NAMES.size &&
          value.every((v) => INPUT_NAMES.has(v)))
      )
    case 'flag':
      return value === undefined || typeof value === 'boolean'
    case 'call': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return false
      const call = value as Record<string, unknown>
      return isText(call.action) && isText(call.resource)
    }
  }
}

/** A checked value as the draft keeps it: a call with its two fields only, other values as they are. */
function ownCopy(kind: FieldKind, value: unknown): unknown {
  if (kind === 'inputList') return [...new Set(value as string[])]
  if (kind !== 'call') return value
  const call = value as { action: string; resource: string }
  return { action: call.action, resource: call.resource }
}

export type DraftCheck =
  | { ok: true; draft: ScenarioDraft }
  | { ok: false; field?: keyof ScenarioDraft; reason: 'notObject' | 'badField' }

/**
 * Checks a whole draft: unknown fields are ignored, missing optional ones get their default, any
 * other missing or mistyped field is named. Only own properties are read (no prototype tricks).
 */
export function checkDraft(raw: unknown): DraftCheck {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, reason: 'notObject' }
  const record = raw as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries(DRAFT_SCHEMA)) {
    const value = Object.hasOwn(record, name) ? record[name] : spec.default
    if (!validField(spec.kind, value))
      return { ok: false, reason: 'badField', field: name as keyof ScenarioDraft }
    if (value !== undefined) out[name] = ownCopy(spec.kind, value)
  }
  return { ok: true, draft: out as unknown as ScenarioDraft }
}

/**
 * The draft with every missing or mistyped field taken from `fallback` (saved work that an older
 * version or a hand edit left incomplete opens with what can be kept, and a notice names the rest).
 * Undefined when `raw` is not an object at all.
 */
export function repairDraft(
  raw: unknown,
  fallback: ScenarioDraft,
): { draft: ScenarioDraft; repaired: (keyof ScenarioDraft)[] } | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined
  const record = raw as Record<string, unknown>
  const out: Record<string, unknown> = {}
  const repaired: (keyof ScenarioDraft)[] = []
  for (const [name, spec] of Object.entries(DRAFT_SCHEMA)) {
    const key = name as keyof ScenarioDraft
    const value = Object.hasOwn(record, name) ? record[name] : spec.default
    if (validField(spec.kind, value)) {
      if (value !== undefined) out[name] = ownCopy(spec.kind, value)
    } else {
      if (fallback[key] !== undefined) out[name] = fallback[key]
      repaired.push(key)
    }
  }
  return { draft: out as unknown as ScenarioDraft, repaired }
}
