/**
 * Parsing ahead of `simulate()`. The documents that do not depend on the cluster key or the token
 * can be parsed while something else is still under way (on a first visit, the key's generation,
 * which runs off the main thread): the parses are cached by text, so the simulation that follows
 * finds them ready, and the parsers' code is warm.
 */
import { parseJsonDocument, parseYamlDocument } from '../text/document'

/** A scenario's documents that do not depend on its key or its token. */
export interface ScenarioDocuments {
  serviceAccount: string
  pod?: string
  trustPolicies: readonly string[]
  permissionPolicies: readonly string[]
}

/**
 * Parses the documents into the engine's caches and returns them (the very objects `simulate()`
 * will get for the same texts). Pure but for those caches; never throws (a bad document parses
 * into findings, as it would within `simulate()`).
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
