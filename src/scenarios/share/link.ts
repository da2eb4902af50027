/**
 * From the playground's state to a share link and back. A generated demo token travels as its
 * claims and is re-signed on load with a fresh demo key (same verdict, no key material in the
 * link); a real token never goes into a link without the user's explicit choice.
 */
import { generateClusterKey, loadYamlLibrary, type Scenario } from '../../engine'
import { decodeToken, signClaims, type ClusterKey } from '../../engine/jwt'
import { DRAFT_FIELDS, draftFromScenario, type ScenarioDraft } from '../draft'
import { DEFAULT_PRESET_ID, findPreset, type Preset } from '../presets'
import { redactPod, stripPrivateJwk } from '../privacy'
import {
  encodeSharePayload,
  type DraftDiff,
  type SharedDraftField,
  type SharePayload,
} from './codec'
import { applyLineHunk, lineHunk } from './textDiff'

/** The parts of a key the playground keeps (it matches the store's SigningKey). */
export interface DemoKey {
  alg: 'RS256' | 'ES256'
  kid: string
  privateJwk: object
  publicJwk: object
}

export interface ShareSource {
  presetId: string
  draft: ScenarioDraft
  signingKey?: DemoKey
  step?: number
}

/** 'generated': signed here with the demo key the JWKS holds; 'real': anything else. */
export type TokenOrigin = 'generated' | 'real'

export function tokenOrigin(draft: ScenarioDraft, signingKey: DemoKey | undefined): TokenOrigin {
  return signingKey && decodeToken(draft.token).header?.kid === signingKey.kid
    ? 'generated'
    : 'real'
}

/**
 * The JWKS with key material abstracted away: which keys there are, and which one is the demo
 * key. Two JWKS of the same shape rebuild alike from a preset with a fresh key.
 */
function jwksShape(jwks: string, signingKid: string | undefined): string {
  try {
    const parsed = JSON.parse(jwks) as { keys?: Record<string, unknown>[] }
    if (!Array.isArray(parsed.keys)) return jwks
    const role = (kid: unknown) =>
      kid === signingKid ? 'demo' : kid === undefined ? 'none' : 'other'
    return JSON.stringify(parsed.keys.map((k) => [role(k.kid), k.use]))
  } catch {
    return jwks
  }
}

/** What a link may carry: every draft field but the token, which travels on its own terms. */
const SHARED_FIELDS = DRAFT_FIELDS.filter(
  (f): f is Exclude<(typeof DRAFT_FIELDS)[number], 'token'> => f !== 'token',
)

let scratchKey: Promise<ClusterKey> | undefined
/** A throwaway key to rebuild presets for comparison (their claims do not depend on the key). */
const comparisonKey = () => (scratchKey ??= generateClusterKey('ES256'))

const isoFromEpoch = (seconds: number) => new Date(seconds * 1000).toISOString()
const withoutJti = (claims: Record<string, unknown>) => {
  const rest = { ...claims }
  delete rest.jti
  return rest
}

async function buildPreset(
  preset: Preset,
  key: ClusterKey,
  issuedAt: number | undefined,
): Promise<Scenario> {
  const instant = issuedAt ?? Math.floor(Date.now() / 1000) - 60
  return preset.build({ key, issuedAt: isoFromEpoch(instant) })
}

/** Exactly what a link carries, for the share dialog to list (issue #15). */
export interface ShareContents {
  presetId: string
  /** The inputs that travel (edited against the preset). */
  fields: SharedDraftField[]
  /** 'claims': re-signed when opened; 'demo': a demo-key token; 'real': the token as it is. */
  token: 'none' | 'claims' | 'demo' | 'real'
  /** The pod's env values and annotations: how many were replaced, or the pod as it is. */
  pod: { kind: 'none' | 'redacted' | 'included' | 'dropped'; count: number }
  /** Private JWK members were removed from the JWKS in the link. */
  privateJwkRemoved: boolean
  step?: number
}

export interface ShareLink {
  fragment: string
  origin: TokenOrigin
  contents: ShareContents
}

/**
 * The link for the current state. With a real token, `realToken` says what the user chose:
 * 'include' puts the token and its JWKS in the link, 'redact' keeps the claims only.
 */
export async function createShareLink(
  source: ShareSource,
  realToken: 'include' | 'redact' = 'redact',
): Promise<ShareLink> {
  const preset = findPreset(source.presetId) ?? findPreset(DEFAULT_PRESET_ID)!
  const origin = tokenOrigin(source.draft, source.signingKey)
  const claims = decodeToken(source.draft.token).payload
  const issuedAt = typeof claims?.iat === 'number' ? claims.iat : undefined
  const reference = draftFromScenario(await buildPreset(preset, await comparisonKey(), issuedAt))
  const referenceClaims = decodeToken(reference.token).payload ?? {}

  // Redacted by default: the pod's env values and annotations (passwords, connection strings)
  // travel only with the user's explicit choice; private JWK members never do.
  const podChanged = source.draft.pod !== reference.pod
  // Reading the pod takes the YAML library, which loads on first need.
  if (podChanged) await loadYamlLibrary()
  const redacted = realToken === 'include' || !podChanged ? undefined : redactPod(source.draft.pod)
  const sharedDraft: ScenarioDraft = redacted
    ? { ...source.draft, pod: redacted.pod }
    : source.draft
  const podSecrets = podChanged ? (redacted ?? redactPod(source.draft.pod)) : undefined
  const pod: ShareContents['pod'] =
    !podSecrets || (!podSecrets.dropped && podSecrets.count === 0)
      ? { kind: 'none', count: 0 }
      : !redacted
        ? { kind: 'included', count: podSecrets.count }
        : redacted.dropped
          ? { kind: 'dropped', count: 0 }
          : { kind: 'redacted', count: redacted.count }
  const publicJwks = stripPrivateJwk(source.draft.jwks)

  const draft: DraftDiff = {}
  for (const field of SHARED_FIELDS) {
    if (field === 'jwks') continue
    const value = sharedDraft[field]
    const base = reference[field]
    if (JSON.stringify(value) === JSON.stringify(base)) continue
    if (typeof value === 'string' && typeof base === 'string') {
      const hunk = lineHunk(base, value)
      Object.assign(draft, {
        [field]: JSON.stringify(hunk).length < JSON.stringify(value).length ? hunk : value,
      })
    } else {
      Object.assign(draft, { [field]: value })
    }
  }
  // What an import did not provide, and a role that exists, travel too (a gallery preset has
  // neither): the receiver sees "not provided", not the empty fields as values.
  if (sharedDraft.notProvided?.length) draft.notProvided = [...sharedDraft.notProvided]
  if (sharedDraft.existingRole) draft.existingRole = true
  const payload: SharePayload = { presetId: preset.id, draft }
  if (source.step !== undefined) payload.step = source.step

  const claimsChanged =
    !claims || JSON.stringify(withoutJti(claims)) !== JSON.stringify(withoutJti(referenceClaims))
  const referenceKid = decodeToken(reference.token).header?.kid
  const jwksChanged =
    jwksShape(source.draft.jwks, source.signingKey?.kid) !==
    jwksShape(reference.jwks, typeof referenceKid === 'string' ? referenceKid : undefined)
  let token: ShareContents['token'] = 'none'
  if (origin === 'generated' && jwksChanged) {
    // Hand-edited keys: the token and the keys travel as they are (demo keys are public anyway).
    payload.token = source.draft.token
    draft.jwks = publicJwks.jwks
    token = 'demo'
  } else if (origin === 'real' && realToken === 'include') {
    payload.token = source.draft.token
    draft.jwks = publicJwks.jwks
    token = 'real'
  } else if (origin === 'real') {
    if (claims) payload.claims = withoutJti(claims)
    payload.redacted = true
    token = 'claims'
  } else if (claimsChanged && preset.signatureSensitive) {
    // The signature itself is the subject: keep the token and the keys that judge it.
    payload.token = source.draft.token
    draft.jwks = publicJwks.jwks
    token = 'demo'
  } else if (claimsChanged) {
    payload.claims = claims ? withoutJti(claims) : {}
    token = 'claims'
  }
  // The token's issue time rebuilds the preset at the same instants (errors quote them).
  if (issuedAt !== undefined) payload.issuedAt = issuedAt
  const contents: ShareContents = {
    presetId: preset.id,
    fields: Object.keys(draft) as SharedDraftField[],
    token,
    pod,
    privateJwkRemoved: draft.jwks !== undefined && publicJwks.stripped,
    ...(source.step !== undefined ? { step: source.step } : {}),
  }
  return { fragment: encodeSharePayload(payload), origin, contents }
}

export interface MaterializedShare {
  draft: ScenarioDraft
  signingKey: DemoKey
  presetId: string
  step?: number
  /** The token was re-signed with a new demo key (the link held its claims only). */
  resigned: boolean
  redacted: boolean
}

/** Rebuilds the scenario a link describes: the preset, a fresh demo key, the edits, the token. */
/**
 * The scenario a link describes, rebuilt with a new demo key — or with `key`, for callers that
 * rebuild many links and never hand the key to the user (the workshop wall verifying proofs).
 */
export async function materializeShare(
  payload: SharePayload,
  key?: ClusterKey,
): Promise<MaterializedShare> {
  const preset = findPreset(payload.presetId) ?? findPreset(DEFAULT_PRESET_ID)!
  key ??= await generateClusterKey('RS256')
  const draft = draftFromScenario(await buildPreset(preset, key, payload.issuedAt))
  for (const [field, value] of Object.entries(payload.draft)) {
    const base = draft[field as keyof ScenarioDraft]
    const resolved =
      Array.isArray(value) && typeof base === 'string' ? applyLineHunk(base, value) : value
    if (resolved !== undefined) Object.assign(draft, { [field]: resolved })
  }
  let resigned = false
  if (payload.token !== undefined) {
    draft.token = payload.token
  } else if (payload.claims !== undefined) {
    draft.token = await signClaims({ ...payload.claims, jti: crypto.randomUUID() }, key)
    resigned = true
  }
  const result: MaterializedShare = {
    draft,
    signingKey: {
      alg: 'RS256',
      kid: key.kid,
      privateJwk: key.privateJwk,
      publicJwk: key.publicJwk,
    },
    presetId: preset.id,
    resigned,
    redacted: payload.redacted === true,
  }
  if (payload.step !== undefined) result.step = payload.step
  return result
}
