/**
 * The autosave's document: what of the playground is written to this device, how it is read
 * back, and how older versions are migrated.
 *
 * Privacy by default (issue #15): unless the user ticks "Remember this scenario", a real token
 * (one not signed here with the demo key), the pod's env values and its annotations are not
 * written; private JWK members never are. The undo history is memory-only: it is not written.
 * The demo key (generated here, it signs nothing real) is kept so that its tokens can be re-signed.
 *
 * Reading never throws and never loses work: a document that is not valid is kept aside under
 * KEPT_ASIDE_KEY and a notice says so; a missing or mistyped field is repaired and named.
 */
import { decodeToken } from '../engine/jwt'
import type { ScenarioDraft } from '../scenarios/draft'
import { checkDraft, repairDraft } from '../scenarios/draftSchema'
import { canRedactPodNow, redactPod, stripPrivateJwk } from '../scenarios/privacy'
import type { Notice } from './noticeSlice'
import type { ThemePreference } from './preferencesSlice'
import type { SigningKey } from './scenarioSlice'
import { KEY_PREFIX, writeItem } from './storage'

/** The autosave document's version (1: with the undo history; 2: private parts withheld). */
export const AUTOSAVE_VERSION = 2
/** Where an autosave that could not be read is kept, untouched, for the user. */
export const KEPT_ASIDE_KEY = `${KEY_PREFIX}.kept-aside`

export interface AutosavedState {
  draft?: ScenarioDraft
  signingKey?: SigningKey
  theme: ThemePreference
  /** The user chose to keep this scenario's private parts on this device. */
  remember: boolean
  /** What was withheld from the document (so that a reload can say so). */
  withheld?: { token?: boolean; podValues?: number }
}

export interface PersistSource {
  draft?: ScenarioDraft
  signingKey?: SigningKey
  theme: ThemePreference
  remember: boolean
}

/** A token signed here with the demo key; anything else may be real. */
export function isGeneratedToken(token: string, signingKey: SigningKey | undefined): boolean {
  return signingKey !== undefined && tokenKid(token) === signingKey.kid
}

const cache = new WeakMap<ScenarioDraft, { key: string; value: AutosavedState }>()

/**
 * The last pod redacted, and the last token's key id: every edit makes a new draft, but most edits
 * leave the pod and the token as they were, and reading the pod is a YAML parse (in the input
 * handler of every keystroke, before this memo).
 */
let lastPod: { pod: string; redacted: ReturnType<typeof redactPod> } | undefined
let lastToken: { token: string; kid: unknown } | undefined
let lastJwks: { jwks: string; stripped: ReturnType<typeof stripPrivateJwk> } | undefined

/** The JWKS without private members, once per JWKS text (a JSON parse when it holds some). */
function stripJwksOnce(jwks: string): ReturnType<typeof stripPrivateJwk> {
  if (lastJwks?.jwks !== jwks) lastJwks = { jwks, stripped: stripPrivateJwk(jwks) }
  return lastJwks.stripped
}

function redactPodOnce(pod: string): ReturnType<typeof redactPod> {
  if (lastPod?.pod !== pod) lastPod = { pod, redacted: redactPod(pod) }
  return lastPod.redacted
}

function tokenKid(token: string): unknown {
  if (lastToken?.token !== token) lastToken = { token, kid: decodeToken(token).header?.kid }
  return lastToken.kid
}

/** Documents that cannot be written yet (see {@link autosavedState}). */
const waiting = new WeakSet<AutosavedState>()

/**
 * Whether `autosavedState` could not make the document yet: the pod holds values to redact and
 * the YAML library that reads it is still loading (issue #18: it loads after the first verdict).
 * Such a document is not written, neither with the pod nor without it; the store writes the
 * real one once the library is there.
 */
export function isWaitingAutosave(document: AutosavedState): boolean {
  return waiting.has(document)
}

/** The document written for the current state (memoized per draft: it runs on every change). */
export function autosavedState(s: PersistSource): AutosavedState {
  const base = { theme: s.theme, remember: s.remember }
  if (!s.draft) return base
  const cacheKey = `${s.remember}|${s.signingKey?.kid ?? ''}|${s.theme}`
  const hit = cache.get(s.draft)
  if (hit?.key === cacheKey) return hit.value
  if (!s.remember && !canRedactPodNow(s.draft.pod)) {
    const wait: AutosavedState = { ...base }
    waiting.add(wait)
    return wait
  }
  let draft = s.draft
  const withheld: NonNullable<AutosavedState['withheld']> = {}
  const jwks = stripJwksOnce(draft.jwks)
  if (jwks.stripped) draft = { ...draft, jwks: jwks.jwks }
  if (!s.remember) {
    if (draft.token !== '' && !isGeneratedToken(draft.token, s.signingKey)) {
      draft = { ...draft, token: '' }
      withheld.token = true
    }
    const pod = redactPodOnce(draft.pod)
    if (pod.count > 0 || pod.dropped) {
      draft = { ...draft, pod: pod.pod }
      withheld.podValues = pod.dropped ? 1 : pod.count
    }
  }
  const value: AutosavedState = {
    ...base,
    draft,
    ...(s.signingKey ? { signingKey: s.signingKey } : {}),
    ...(withheld.token || withheld.podValues ? { withheld } : {}),
  }
  cache.set(s.draft, { key: cacheKey, value })
  return value
}

/** v1 → v2: the persisted undo history (it carried real tokens) and the re-sign mark are dropped. */
export function migrateAutosave(persisted: unknown, version: number): unknown {
  if (version < 2 && persisted && typeof persisted === 'object') {
    const rest = { ...(persisted as Record<string, unknown>) }
    delete rest.past
    delete rest.resignedAt
    return { ...rest, remember: false }
  }
  return persisted
}

const isSigningKey = (v: unknown): v is SigningKey => {
  if (!v || typeof v !== 'object') return false
  const k = v as Record<string, unknown>
  return (
    (k.alg === 'RS256' || k.alg === 'ES256') &&
    typeof k.kid === 'string' &&
    !!k.privateJwk &&
    typeof k.privateJwk === 'object' &&
    !!k.publicJwk &&
    typeof k.publicJwk === 'object'
  )
}

/** A blank draft to repair a damaged one with (the engine then reports what is empty). */
const BLANK: ScenarioDraft = {
  token: '',
  serviceAccount: '',
  pod: '',
  issuer: '',
  jwks: '{ "keys": [] }',
  oidcProviders: '[]',
  accountId: '',
  roleName: '',
  maxSessionDuration: 3600,
  trustPolicy: '',
  permissionPolicy: '',
  request: '{}',
  now: '1970-01-01T00:00:00.000Z',
  call: { action: '', resource: '' },
}

/** More damaged fields than this: the scenario is not worth repairing; the default one opens. */
const MAX_REPAIRED_FIELDS = 4

export interface ReadAutosave {
  state: Partial<AutosavedState>
  notice?: Notice
}

/** Keeps what could not be read, untouched (never over an older kept copy: that one is older work). */
function keepAside(raw: unknown): void {
  try {
    writeItem(KEPT_ASIDE_KEY, JSON.stringify({ keptAt: new Date().toISOString(), saved: raw }))
  } catch {
    // A value JSON cannot hold (it came from JSON, so this does not happen).
  }
}

/**
 * Reads a persisted document (already migrated to the current version) into the store's state.
 * Checked against the one draft schema (src/scenarios/draftSchema.ts).
 */
export function readAutosave(persisted: unknown): ReadAutosave {
  if (!persisted || typeof persisted !== 'object' || Array.isArray(persisted)) {
    if (persisted !== undefined && persisted !== null) keepAside(persisted)
    return persisted === undefined || persisted === null
      ? { state: {} }
      : { state: {}, notice: { kind: 'autosave-kept-aside' } }
  }
  const p = persisted as Record<string, unknown>
  const state: Partial<AutosavedState> = {}
  if (p.theme === 'system' || p.theme === 'light' || p.theme === 'dark') state.theme = p.theme
  state.remember = p.remember === true
  if (p.draft === undefined || p.draft === null) return { state }
  const checked = checkDraft(p.draft)
  let notice: Notice | undefined
  if (checked.ok) {
    state.draft = checked.draft
  } else {
    keepAside(persisted)
    const repaired = repairDraft(p.draft, BLANK)
    if (repaired && repaired.repaired.length <= MAX_REPAIRED_FIELDS) {
      state.draft = repaired.draft
      notice = { kind: 'autosave-repaired', detail: repaired.repaired.join(', ') }
    } else {
      notice = { kind: 'autosave-kept-aside' }
    }
  }
  if (state.draft && isSigningKey(p.signingKey)) state.signingKey = p.signingKey
  const withheld = p.withheld as AutosavedState['withheld'] | undefined
  if (!notice && state.draft && withheld && (withheld.token || withheld.podValues))
    notice = { kind: 'autosave-withheld' }
  return notice ? { state, notice } : { state }
}
