/**
 * Parsing ahead of `simulate()`. The documents that do not depend on the cluster key or the token
 * can be parsed while something else is still under way (on a first visit, the key's generation,
 * which runs off the main thread): the parses are cached by text, so the simulation that follows
 * finds them ready, and the parsers' code is warm.
 */
import { documentFromSnapshot, snapshotDocument, type DocumentSnapshot } from '../text/core'
import { parseJsonDocument, parseYamlDocument, type ParsedDocument } from '../text/document'
import type { SourceId } from '../types'

/** A scenario's documents that do not depend on its key or its token. */
export interface ScenarioDocuments {
  serviceAccount: string
  pod?: string
  trustPolicies: readonly string[]
  permissionPolicies: readonly string[]
}

/**
 * Parses the documents into the engine's caches and returns them (the very objects `simulate()`
 * will get for the same texts). Pure but for those caches; never throws on a bad document (it
 * parses into findings, as it would within `simulate()`). A YAML text not in the caches needs the
 * YAML library: await `loadYamlLibrary()` first (text/yamlLibrary.ts).
 *
 * @example
 * prepareDocuments({ serviceAccount, pod, trustPolicies: [trust], permissionPolicies: [] })
 * const trace = await simulate(scenario) // the same texts: parsed already
 */
export function prepareDocuments(documents: ScenarioDocuments) {
  return {
    serviceAccount: parseYamlDocument(documents.serviceAccount, 'serviceAccount'),
    pod: documents.pod === undefined ? undefined : parseYamlDocument(documents.pod, 'pod'),
    trustPolicies: documents.trustPolicies.map((text) => parseJsonDocument(text, 'trustPolicy')),
    permissionPolicies: documents.permissionPolicies.map((text) =>
      parseJsonDocument(text, 'permissionPolicy'),
    ),
  }
}

/** One parsed document as plain data, with what it was parsed from (see {@link snapshotDocuments}). */
export interface PreparedDocument {
  format: 'yaml' | 'json'
  source: SourceId
  text: string
  snapshot: DocumentSnapshot
}

/**
 * The documents parsed, as plain data that survives JSON: a build takes it of constant texts (the
 * first visit's scenario) and the page hands it to {@link primeDocuments}, so that the first
 * simulation parses nothing. A document whose parse does not survive JSON (a YAML `.nan`, a
 * Date) is left out: it is parsed when needed, as any other.
 */
export function snapshotDocuments(documents: ScenarioDocuments): PreparedDocument[] {
  const parsed = prepareDocuments(documents)
  type Parsed = readonly [PreparedDocument['format'], SourceId, string, ParsedDocument | undefined]
  const all: Parsed[] = [
    ['yaml', 'serviceAccount', documents.serviceAccount, parsed.serviceAccount],
    ['yaml', 'pod', documents.pod ?? '', parsed.pod],
    ...documents.trustPolicies.map(
      (text, i) => ['json', 'trustPolicy', text, parsed.trustPolicies[i]] as const,
    ),
    ...documents.permissionPolicies.map(
      (text, i) => ['json', 'permissionPolicy', text, parsed.permissionPolicies[i]] as const,
    ),
  ]
  const prepared: PreparedDocument[] = []
  for (const [format, source, text, document] of all) {
    const snapshot = document && snapshotDocument(document)
    if (snapshot && survivesJson(snapshot)) prepared.push({ format, source, text, snapshot })
  }
  return prepared
}

/**
 * Hands the engine's caches documents parsed elsewhere ({@link snapshotDocuments}): `simulate()`
 * then finds them as if it had parsed the same texts itself.
 */
export function primeDocuments(prepared: readonly PreparedDocument[]): void {
  for (const { format, source, text, snapshot } of prepared) {
    const document = documentFromSnapshot(text, snapshot)
    if (format === 'yaml') parseYamlDocument.prime(document, text, source)
    else parseJsonDocument.prime(document, text, source)
  }
}

/**
 * Whether JSON gives `value` back as it is: plain objects and arrays of strings, finite numbers,
 * booleans and null. A property whose value is undefined is dropped by JSON, and reads the same.
 */
function survivesJson(value: unknown, inArray = false): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (value === undefined) return !inArray
  if (Array.isArray(value)) return value.every((item) => survivesJson(item, true))
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false
  return Object.values(value).every((item) => survivesJson(item))
}
