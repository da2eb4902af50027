/**
 * Privacy by default: what of a scenario may leave the current page (the autosave, a share link,
 * a file) without the user's explicit choice.
 *
 * - Private JWK members (RFC 7517 §4, RFC 7518 §6.2.2/§6.3.2/§6.4: `d`, `p`, `q`, `dp`, `dq`,
 *   `qi`, `oth`, and a symmetric key's `k`) are never stored, linked or exported: the engine
 *   verifies with public keys only, so stripping them never changes a verdict.
 * - A pod's env values and annotations can hold passwords and connection strings. They are
 *   replaced by REDACTED unless the user opts in, except the ones the engine reads (the EKS
 *   webhook's `eks.amazonaws.com/*` annotations and the SDK's non-secret `AWS_*` settings), so a
 *   redacted pod gives the same verdict. (A stated assumption: values named like a secret, e.g.
 *   AWS_SECRET_ACCESS_KEY or AWS_SESSION_TOKEN, are always treated as secrets.)
 *
 * Never throws: text that cannot be read is treated as wholly private.
 */
import type { Document } from 'yaml'
import { yamlLibrary, yamlLibraryLoaded } from '../engine/text'

/** The members of a JWK that make it a private (or secret) key. */
export const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const

/** What replaces a private value. */
export const REDACTED = 'REDACTED'

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function stripKey(key: unknown): { key: unknown; stripped: boolean } {
  if (!isRecord(key)) return { key, stripped: false }
  const present = PRIVATE_JWK_MEMBERS.filter((m) => Object.hasOwn(key, m))
  if (present.length === 0) return { key, stripped: false }
  const copy = { ...key }
  for (const m of present) delete copy[m]
  return { key: copy, stripped: true }
}

/**
 * The JWKS text without private members. Untouched (same string) when there were none; when the
 * text is not JSON, a crude textual check: any private member name → the text is dropped.
 */
export function stripPrivateJwk(jwks: string): { jwks: string; stripped: boolean } {
  if (!/"(d|p|q|dp|dq|qi|oth|k)"\s*:/.test(jwks)) return { jwks, stripped: false }
  let parsed: unknown
  try {
    parsed = JSON.parse(jwks)
  } catch {
    return { jwks: '', stripped: true }
  }
  if (isRecord(parsed) && Array.isArray(parsed.keys)) {
    let stripped = false
    const keys = parsed.keys.map((k) => {
      const r = stripKey(k)
      stripped ||= r.stripped
      return r.key
    })
    return stripped
      ? { jwks: JSON.stringify({ ...parsed, keys }, null, 2), stripped }
      : { jwks, stripped: false }
  }
  const single = stripKey(parsed)
  if (single.stripped) return { jwks: JSON.stringify(single.key, null, 2), stripped: true }
  // A private member name somewhere we do not understand: keep nothing rather than leak.
  return { jwks, stripped: false }
}

/** Env variables the engine reads and that are settings, not secrets. */
const PUBLIC_ENV = /^AWS_(?!.*(SECRET|SESSION_TOKEN|ACCESS_KEY|PASSWORD))[A-Z0-9_]+$/
/** Annotations the EKS webhooks read (settings, not secrets). */
const PUBLIC_ANNOTATION = /(^|\.)amazonaws\.com\//

function redactEnv(env: unknown, doc: Document): number {
  const { isMap, isScalar, isSeq } = yamlLibrary()
  if (!isSeq(env)) return 0
  let count = 0
  for (const item of env.items) {
    if (!isMap(item)) continue
    const name = item.get('name')
    const value = item.get('value', true)
    if (value === undefined || value === null) continue
    if (typeof name === 'string' && PUBLIC_ENV.test(name)) continue
    if (isScalar(value) && (value.value === REDACTED || value.value === '')) continue
    item.set('value', doc.createNode(REDACTED))
    count++
  }
  return count
}

function redactAnnotations(annotations: unknown, doc: Document): number {
  const { isMap, isScalar } = yamlLibrary()
  if (!isMap(annotations)) return 0
  let count = 0
  for (const pair of annotations.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
    if (PUBLIC_ANNOTATION.test(key)) continue
    if (isScalar(pair.value) && (pair.value.value === REDACTED || pair.value.value === '')) continue
    pair.value = doc.createNode(REDACTED)
    count++
  }
  return count
}

/** Cheap: an empty pod, or one without `env:` or `annotations:`, has nothing to redact. */
function podNeedsReading(pod: string): boolean {
  return pod.trim() !== '' && /\b(env|annotations)\s*:/.test(pod)
}

/**
 * Whether `redactPod(pod)` can answer now: it reads a pod that may hold values with the YAML
 * library, which loads on first need (engine/text/yamlLibrary.ts). Until then such a pod is
 * neither written nor dropped: the autosave waits for the library (state/store.ts).
 */
export function canRedactPodNow(pod: string): boolean {
  return !podNeedsReading(pod) || yamlLibraryLoaded()
}

/**
 * The pod manifest with its env values and annotations replaced (except the ones the engine
 * reads). `count` is how many values were replaced; `dropped` when the text could not be read
 * (then nothing of it is kept).
 */
export function redactPod(pod: string): { pod: string; count: number; dropped: boolean } {
  if (!podNeedsReading(pod)) return { pod, count: 0, dropped: false }
  // Outside the try: called before the library is there is a bug to hear of, not a pod to drop.
  const { isMap, isSeq, parseDocument } = yamlLibrary()
  try {
    const docs = [parseDocument(pod, { uniqueKeys: false })]
    const doc = docs[0]!
    if (doc.errors.length > 0) return { pod: '', count: 0, dropped: true }
    let count = redactAnnotations(doc.getIn(['metadata', 'annotations']), doc)
    for (const list of ['containers', 'initContainers', 'ephemeralContainers']) {
      const containers = doc.getIn(['spec', list])
      if (!isSeq(containers)) continue
      for (const c of containers.items) if (isMap(c)) count += redactEnv(c.get('env'), doc)
    }
    return count === 0
      ? { pod, count, dropped: false }
      : { pod: doc.toString(), count, dropped: false }
  } catch {
    return { pod: '', count: 0, dropped: true }
  }
}

/** What `privateParts` found in a draft. */
export interface PrivateParts {
  /** Pod env values and annotations that would be redacted. */
  podValues: number
  /** The JWKS holds private key members. */
  privateJwk: boolean
}

export function privateParts(draft: { pod: string; jwks: string }): PrivateParts {
  return {
    podValues: redactPod(draft.pod).count,
    privateJwk: stripPrivateJwk(draft.jwks).stripped,
  }
}

/** What a scenario file holds, for the user to see before the download (like the share link). */
export interface FileContents {
  /** 'real': the pasted token as it is; 'unsigned': a real token without its signature; 'demo'. */
  token: 'real' | 'unsigned' | 'demo'
  pod: { kind: 'none' | 'redacted' | 'included' | 'dropped'; count: number }
  privateJwkRemoved: boolean
}

/**
 * The draft a scenario file may carry. Private JWK members never go in. With `choice` 'redact'
 * (the default), a real token loses its signature — the claims stay readable for the scenario,
 * but the file can no longer be replayed against STS (which checks the signature) — and the pod's
 * env values and annotations are replaced as in a share link; 'include' keeps both as they are.
 */
export function fileDraft<D extends { token: string; pod: string; jwks: string }>(
  draft: D,
  origin: 'real' | 'generated',
  choice: 'include' | 'redact' = 'redact',
): { draft: D; contents: FileContents } {
  const jwks = stripPrivateJwk(draft.jwks)
  const include = choice === 'include'
  const podSecrets = redactPod(draft.pod)
  const pod: FileContents['pod'] =
    !podSecrets.dropped && podSecrets.count === 0
      ? { kind: 'none', count: 0 }
      : include
        ? { kind: 'included', count: podSecrets.count }
        : podSecrets.dropped
          ? { kind: 'dropped', count: 0 }
          : { kind: 'redacted', count: podSecrets.count }
  const segments = draft.token.trim().split('.')
  const unsign = origin === 'real' && !include && segments.length === 3 && segments[2] !== ''
  const token: FileContents['token'] =
    origin === 'generated' ? 'demo' : include ? 'real' : 'unsigned'
  return {
    draft: {
      ...draft,
      jwks: jwks.jwks,
      pod: include || pod.kind === 'none' ? draft.pod : podSecrets.pod,
      token: unsign ? `${segments[0]}.${segments[1]}.` : draft.token,
    },
    contents: { token, pod, privateJwkRemoved: jwks.stripped },
  }
}
