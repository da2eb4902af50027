/**
 * What the editors hold: every input of a scenario as the text the user edits (YAML, JSON, the
 * compact token) plus a few plain fields. `scenarioFromDraft` turns it into the engine's Scenario;
 * the JSON documents that the engine takes as objects (JWKS, providers, request) are parsed here
 * with the engine's located parser, so a syntax error becomes a finding at its place.
 */
import type { Finding, NotProvidedInput, Scenario, SourceId } from '../engine'
import { memoizeByParts } from '../engine/memo'
import { MAX_DEPTH, exceedsBracketDepth, parseJsonDocument } from '../engine/text'

export interface ScenarioDraft {
  /** The projected ServiceAccount token (compact JWS). */
  token: string
  /** ServiceAccount manifest (YAML). */
  serviceAccount: string
  /** Pod manifest (YAML); empty: a minimal pod that uses the ServiceAccount. */
  pod: string
  /** The cluster's OIDC issuer URL. */
  issuer: string
  /** JWKS served at <issuer>/keys (JSON text). */
  jwks: string
  /** The account's IAM OIDC providers (JSON text of an array of { url, clientIds, thumbprints }). */
  oidcProviders: string
  accountId: string
  roleName: string
  maxSessionDuration: number
  /** The role's trust policy (JSON text). */
  trustPolicy: string
  /** The role's permission policy (JSON text); empty: none attached. */
  permissionPolicy: string
  /** STS request overrides (JSON text of { roleArn?, roleSessionName?, durationSeconds? }). */
  request: string
  /** The simulated instant (ISO 8601). */
  now: string
  /** The API call made with the credentials. */
  call: { action: string; resource: string }
  /**
   * Issue #16: the inputs an import did not provide. Their fields stay empty and the engine
   * reports the checks that need them as unknown (`Scenario.notProvided`); a field the user fills
   * in since counts as provided. Absent: a scenario that did not come from an import.
   */
  notProvided?: NotProvidedInput[]
  /**
   * Issue #16: the role exists in the account (read with `aws iam get-role`, an account audit or
   * CloudTrail evidence): exports update its trust policy instead of creating it.
   */
  existingRole?: boolean
}

/** Every field of a draft, in the order the inputs are presented. */
export const DRAFT_FIELDS = [
  'token',
  'serviceAccount',
  'pod',
  'issuer',
  'jwks',
  'oidcProviders',
  'accountId',
  'roleName',
  'maxSessionDuration',
  'trustPolicy',
  'permissionPolicy',
  'request',
  'now',
  'call',
] as const satisfies readonly (keyof ScenarioDraft)[]

/** The editor that shows each source the engine points into. */
export const SOURCE_FIELD = {
  token: 'token',
  serviceAccount: 'serviceAccount',
  pod: 'pod',
  trustPolicy: 'trustPolicy',
  permissionPolicy: 'permissionPolicy',
  jwks: 'jwks',
  oidcProvider: 'oidcProviders',
  request: 'request',
} as const satisfies Record<SourceId, keyof ScenarioDraft>

/**
 * The JSON texts this module wrote (the last few), with their values. A text JSON.stringify wrote
 * is valid JSON with no duplicate key, so the engine's located parser finds nothing in it and reads
 * what JSON.parse reads: `jsonField` takes such a text's value from here, and the located parse
 * waits until something needs a place in it (an editor's marker). On a first visit that parse of
 * the new key's JWKS was the longest part of the first run at CPU 4×. A text nested past the
 * parser's depth limit is not kept: the parser's finding stands for it.
 */
const writtenJson = memoizeByParts(
  (text: string): unknown => JSON.parse(text),
  (text) => [text],
  16,
)

const pretty = (value: unknown) => {
  const text = JSON.stringify(value, null, 2)
  if (typeof text === 'string' && !exceedsBracketDepth(text, MAX_DEPTH)) writtenJson(text)
  return text
}

export function draftFromScenario(scenario: Scenario): ScenarioDraft {
  const role = scenario.aws.roles[0]
  const draft = plainDraft(scenario)
  if (scenario.notProvided && scenario.notProvided.length > 0)
    draft.notProvided = [...scenario.notProvided]
  if (role?.existing) draft.existingRole = true
  return draft
}

function plainDraft(scenario: Scenario): ScenarioDraft {
  const role = scenario.aws.roles[0]
  return {
    token: scenario.token,
    serviceAccount: scenario.serviceAccount,
    pod: scenario.pod ?? '',
    issuer: scenario.cluster.issuer,
    jwks: pretty(scenario.cluster.jwks),
    oidcProviders: pretty(scenario.aws.oidcProviders),
    accountId: scenario.aws.accountId,
    roleName: role?.name ?? '',
    maxSessionDuration: role?.maxSessionDuration ?? 3600,
    trustPolicy: role?.trustPolicy ?? '',
    permissionPolicy: role?.permissionPolicies?.[0] ?? '',
    request: pretty(scenario.request ?? {}),
    now: scenario.now ?? new Date().toISOString(),
    call: scenario.call
      ? { action: scenario.call.action, resource: scenario.call.resource }
      : { action: '', resource: '' },
  }
}

/** Parses a JSON field of the draft; on failure the engine gets `fallback` and the user a finding. */
function jsonField<T>(text: string, source: SourceId, fallback: T, findings: Finding[]): T {
  if (writtenJson.has(text)) return writtenJson(text) as T
  const doc = parseJsonDocument(text, source)
  findings.push(...doc.findings)
  return doc.ok ? (doc.value as T) : fallback
}

export function scenarioFromDraft(draft: ScenarioDraft): {
  scenario: Scenario
  findings: Finding[]
} {
  const findings: Finding[] = []
  // A field an import did not provide is left empty: not parsed (no syntax error), unknown to the engine.
  const absent = (field: 'jwks' | 'oidcProviders') =>
    (draft.notProvided ?? []).includes(field) && draft[field].trim() === ''
  const jwks = absent('jwks')
    ? { keys: [] }
    : jsonField<Scenario['cluster']['jwks']>(draft.jwks, 'jwks', { keys: [] }, findings)
  const oidcProviders = absent('oidcProviders')
    ? []
    : jsonField<Scenario['aws']['oidcProviders']>(draft.oidcProviders, 'oidcProvider', [], findings)
  const request =
    draft.request.trim() === ''
      ? {}
      : jsonField<NonNullable<Scenario['request']>>(draft.request, 'request', {}, findings)
  const scenario: Scenario = {
    version: 1,
    now: draft.now,
    cluster: { issuer: draft.issuer, jwks },
    serviceAccount: draft.serviceAccount,
    token: draft.token,
    aws: {
      accountId: draft.accountId,
      oidcProviders,
      roles: [
        {
          name: draft.roleName,
          trustPolicy: draft.trustPolicy,
          maxSessionDuration: draft.maxSessionDuration,
          permissionPolicies: draft.permissionPolicy.trim() === '' ? [] : [draft.permissionPolicy],
        },
      ],
    },
    request,
  }
  if (draft.pod.trim() !== '') scenario.pod = draft.pod
  if (draft.notProvided && draft.notProvided.length > 0)
    scenario.notProvided = [...draft.notProvided]
  if (draft.existingRole) scenario.aws.roles[0]!.existing = true
  if (draft.call.action !== '' && draft.call.resource !== '') scenario.call = { ...draft.call }
  return { scenario, findings }
}
