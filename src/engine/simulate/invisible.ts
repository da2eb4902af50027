/**
 * Invisible characters in every value the chain compares (src/engine/text/invisible.ts): the
 * ServiceAccount and pod manifests (names, namespaces, annotations), the token's claims and header,
 * the trust and permission policies (condition keys and values, ARNs), the OIDC providers (URL,
 * client IDs), the JWKS (kid) and the STS request (role ARN, session name).
 */
import type { DecodedToken } from '../jwt'
import { memoizeByParts, type KeyPart } from '../memo'
import type { ParsedDocument } from '../text/document'
import { parseJsonDocument } from '../text/document'
import { invisibleFindings, type InvisibleScanTarget } from '../text/invisible'
import type { Finding, Scenario } from '../types'

const documentTarget = (
  source: InvisibleScanTarget['source'],
  text: string,
  doc: ParsedDocument,
  documentIndex?: number,
): InvisibleScanTarget => ({
  source,
  value: doc.value,
  text,
  locate: doc.locate,
  locateKey: doc.locateKey,
  ...(documentIndex !== undefined ? { documentIndex } : {}),
})

/**
 * The findings of one target whose value is another cache's result (a parsed document, a decoded
 * token's header or payload): the same object, never mutated, gives the same findings, so a re-run
 * after an edit elsewhere does not walk it again. Values built afresh per run are walked each time.
 */
const cachedFindings = memoizeByParts(
  (target: InvisibleScanTarget) => invisibleFindings(target),
  (target) => [
    target.source,
    target.value as KeyPart,
    target.text,
    target.pointer,
    target.documentIndex,
  ],
  24,
)

export function scenarioInvisibleFindings(
  scenario: Scenario,
  serviceAccount: ParsedDocument,
  pod: ParsedDocument | undefined,
  token: DecodedToken,
): Finding[] {
  // Providers, JWKS and request are built afresh by normalizeScenario on every run (and are
  // small): walked each time. The others are other caches' results: their findings are cached.
  const fresh = new Set<unknown>([
    scenario.aws.oidcProviders,
    scenario.cluster.jwks,
    scenario.request,
  ])
  const targets: InvisibleScanTarget[] = [
    documentTarget('serviceAccount', scenario.serviceAccount, serviceAccount),
    { source: 'token', value: token.header, pointer: '/header' },
    { source: 'token', value: token.payload, pointer: '/payload' },
    { source: 'oidcProvider', value: scenario.aws.oidcProviders },
    { source: 'jwks', value: scenario.cluster.jwks },
    { source: 'request', value: scenario.request },
  ]
  if (pod && scenario.pod !== undefined) targets.push(documentTarget('pod', scenario.pod, pod))
  scenario.aws.roles.forEach((role, r) => {
    const trust = parseJsonDocument(role.trustPolicy, 'trustPolicy')
    targets.push(documentTarget('trustPolicy', role.trustPolicy, trust, r > 0 ? r : undefined))
    // Only the first role's permission policies are the permission-policy editor's documents.
    if (r === 0)
      (role.permissionPolicies ?? []).forEach((text, i) =>
        targets.push(
          documentTarget(
            'permissionPolicy',
            text,
            parseJsonDocument(text, 'permissionPolicy'),
            i > 0 ? i : undefined,
          ),
        ),
      )
  })
  return targets.flatMap((target) =>
    fresh.has(target.value) ? invisibleFindings(target) : cachedFindings(target),
  )
}
