/**
 * `detectPaste`: what real tools print → draft patches. Never throws on any input: text that is
 * not recognised comes back as an 'unknown' detection with a short excerpt.
 */
import type { OidcProviderInput } from '../../engine'
import { normalizeProviderUrl } from '../../engine/oidc'
import { parseJsonDocument, parseYamlDocument } from '../../engine/text'
import type { ScenarioDraft } from '../draft'
import { classifyToken, classifyUrl, classifyValue } from './classify'
import { looksUrlEncoded } from './policyText'
import { splitPaste, type Chunk } from './split'
import type { Detection, ImportHints } from './types'

/** Longer pastes are refused: no tool output we read comes near this. */
export const MAX_PASTE_LENGTH = 1_000_000
/** At most this many pieces are read from one paste. */
export const MAX_CHUNKS = 200

export interface DetectOptions {
  /** The user's clock (ISO 8601): a real token is checked at this instant. */
  now?: string
}

const excerpt = (text: string) => {
  const line = text.trim().split('\n')[0] ?? ''
  return line.length > 60 ? `${line.slice(0, 60)}…` : line
}

const unknown = (text: string, syntax: boolean): Detection => ({
  kind: 'unknown',
  patch: {},
  facts: { excerpt: excerpt(text) },
  notes: syntax ? ['syntax'] : [],
})

function detectChunk(chunk: Chunk, options: DetectOptions): Detection[] {
  if (chunk.format === 'text') {
    const simple = classifyToken(chunk.text, options.now) ?? classifyUrl(chunk.text)
    if (simple) return [simple]
    // A URL-encoded document on its own (`--output text`): read it as the string it is.
    if (looksUrlEncoded(chunk.text) && !chunk.text.includes('\n')) {
      const found = classifyValue(chunk.text, {
        text: chunk.text,
        format: 'json',
        now: options.now,
      })
      if (found.length > 0) return found
    }
  }
  const source = chunk.format === 'json' ? 'request' : 'serviceAccount'
  const doc =
    chunk.format === 'json'
      ? parseJsonDocument(chunk.text, source)
      : parseYamlDocument(chunk.text, source)
  if (!doc.ok || doc.value === undefined) return [unknown(chunk.text, true)]
  const found = classifyValue(doc.value, {
    text: chunk.text,
    format: chunk.format === 'json' ? 'json' : 'yaml',
    now: options.now,
  })
  return found.length > 0 ? found : [unknown(chunk.text, false)]
}

/**
 * Everything recognisable in a paste: tokens, manifests (also `kind: List` and `---` streams),
 * `aws iam` / `aws eks` output (JSON or YAML, policies URL-encoded or not), JWKS, issuer URLs.
 */
export function detectPaste(text: string, options: DetectOptions = {}): Detection[] {
  try {
    if (typeof text !== 'string' || text.trim() === '') return []
    if (text.length > MAX_PASTE_LENGTH)
      return [{ kind: 'tooLarge', patch: {}, facts: { length: String(text.length) }, notes: [] }]
    const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
    return splitPaste(normalized)
      .slice(0, MAX_CHUNKS)
      .flatMap((chunk) => detectChunk(chunk, options))
  } catch {
    // A parser bug must not take the page down: say we could not read it.
    return [unknown(String(text).slice(0, 200), true)]
  }
}

/** Providers from several detections, one per URL; one with client IDs wins over a bare ARN. */
export function mergeProviders(lists: readonly OidcProviderInput[][]): OidcProviderInput[] {
  const byUrl = new Map<string, OidcProviderInput>()
  for (const provider of lists.flat()) {
    const key = normalizeProviderUrl(provider.url)
    const seen = byUrl.get(key)
    if (!seen || provider.clientIds.length > 0) byUrl.set(key, provider)
  }
  return [...byUrl.values()]
}

/** What a set of detections adds up to. */
export interface CombinedImport {
  patch: Partial<ScenarioDraft>
  hints: ImportHints
}

/**
 * One patch from several detections: later pastes win, except that an issuer read from a token
 * gives way to the cluster's own (describe-cluster, discovery), and providers merge by URL.
 */
export function combineDetections(detections: readonly Detection[]): CombinedImport {
  const ordered = [
    ...detections.filter((d) => d.kind === 'token'),
    ...detections.filter((d) => d.kind !== 'token'),
  ]
  const patch: Partial<ScenarioDraft> = {}
  const hints: ImportHints = {}
  for (const d of ordered) {
    Object.assign(patch, d.patch)
    for (const [k, v] of Object.entries(d.hints ?? {})) if (v) Object.assign(hints, { [k]: v })
  }
  const providers = detections.filter((d) => d.providers).map((d) => d.providers ?? [])
  if (providers.length > 0) patch.oidcProviders = JSON.stringify(mergeProviders(providers), null, 2)
  return { patch, hints }
}

/** The draft fields a detection fills (oidcProviders for provider output). */
export function fieldsOf(detection: Detection): (keyof ScenarioDraft)[] {
  const fields = Object.keys(detection.patch) as (keyof ScenarioDraft)[]
  return detection.providers ? [...fields, 'oidcProviders'] : fields
}
