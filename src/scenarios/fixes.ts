/**
 * One-click fixes for the failure the verdict shows. Each is a pure function of the draft and the
 * trace that proposes a patch; nothing is applied until the user presses the button, and a fix
 * only changes the input the failing step read (never other inputs silently).
 */
import type { Step, Trace } from '../engine'
import { decodeToken } from '../engine/jwt'
import { wildcardMatch } from '../engine/iam'
import { splitPointer, yamlLibrary } from '../engine/text'
import { ROLE_ARN_ANNOTATION } from '../engine/webhook'
import type { ScenarioDraft } from './draft'

/** A fix the verdict offers as a button. */
export interface Fix {
  id: string
  /** i18n key of the button label; `labelValues` fill its placeholders. */
  labelKey: string
  labelValues?: Record<string, string>
  /** The fields to change; apply with `editDraft(fix.apply(draft))`. */
  apply: (draft: ScenarioDraft) => Partial<ScenarioDraft>
}

/** What the UI knows beyond the draft: the generated cluster key's public half, if any. */
export interface FixContext {
  publicJwk?: Record<string, unknown>
}

const pretty = (value: unknown) => JSON.stringify(value, null, 2)

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T
  } catch {
    return fallback
  }
}

const failed = (trace: Trace, id: string) =>
  trace.steps.find((s) => s.id === id && s.status === 'fail')

/** The role the draft defines, as an ARN (the draft has no role path: '/'). */
export const draftRoleArn = (draft: ScenarioDraft) =>
  `arn:aws:iam::${draft.accountId}:role/${draft.roleName}`

function tokenClaims(draft: ScenarioDraft) {
  const payload = decodeToken(draft.token).payload ?? {}
  const aud = payload.aud
  const audiences =
    typeof aud === 'string'
      ? [aud]
      : Array.isArray(aud)
        ? aud.filter((a): a is string => typeof a === 'string')
        : []
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)
  return { audiences, exp: num(payload.exp), nbf: num(payload.nbf), iat: num(payload.iat) }
}

function addClientId(trace: Trace): Fix[] {
  const step = failed(trace, 'sts.audience')
  const audiences = step?.data?.audiences
  if (!Array.isArray(audiences) || typeof audiences[0] !== 'string') return []
  const aud = audiences[0]
  const index = trace.steps.find((s) => s.id === 'iam.provider')?.data?.index
  if (typeof index !== 'number') return []
  return [
    {
      id: 'provider.add-client-id',
      labelKey: 'verdict.fix.addClientId',
      labelValues: { aud },
      apply: (d) => {
        const providers = parseJson<{ clientIds?: string[] }[]>(d.oidcProviders, [])
        const provider = providers[index]
        if (!provider) return {}
        provider.clientIds = [...(provider.clientIds ?? []), aud]
        return { oidcProviders: pretty(providers) }
      },
    },
  ]
}

function addProvider(draft: ScenarioDraft, trace: Trace): Fix[] {
  const step = failed(trace, 'iam.provider')
  const issuer = step?.data?.issuer
  if (typeof issuer !== 'string' || step?.data?.account !== draft.accountId) return []
  const { audiences } = tokenClaims(draft)
  return [
    {
      id: 'provider.add',
      labelKey: 'verdict.fix.addProvider',
      labelValues: { issuer },
      apply: (d) => {
        const providers = parseJson<unknown[]>(d.oidcProviders, [])
        const clientIds = audiences.length > 0 ? [audiences[0]] : ['sts.amazonaws.com']
        return {
          oidcProviders: pretty([
            ...(Array.isArray(providers) ? providers : []),
            { url: issuer, clientIds },
          ]),
        }
      },
    },
  ]
}

/** Sets the value at a trust-policy pointer, or moves a condition key to another operator. */
function editTrustPolicy(text: string, edit: (policy: Record<string, unknown>) => void) {
  const policy = parseJson<Record<string, unknown> | undefined>(text, undefined)
  if (!policy || typeof policy !== 'object') return {}
  edit(policy)
  return { trustPolicy: pretty(policy) }
}

function conditionBlock(policy: Record<string, unknown>, tokens: string[]) {
  // tokens: Statement, <i>?, Condition, <operator>, <key>
  let node: unknown = policy
  for (const token of tokens) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[token]
  }
  return node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : undefined
}

const POSITIVE_STRING = /^(ForAnyValue:|ForAllValues:)?String(Equals|Like)(IfExists)?$/

function conditionFixes(step: Step): Fix[] {
  const pointer = step.refs.find((r) => r.source === 'trustPolicy')?.pointer
  const operator = step.data?.operator
  const key = step.data?.key
  const requestValues = step.data?.requestValues
  const values = (step.data?.values ?? []) as { value: unknown }[]
  if (pointer === undefined || typeof operator !== 'string' || typeof key !== 'string') return []
  if (!Array.isArray(requestValues) || typeof requestValues[0] !== 'string') return []
  if (!POSITIVE_STRING.test(operator)) return []
  const tokens = splitPointer(pointer)
  const parent = tokens.slice(0, -2)
  const wanted = requestValues[0]
  const patterns = values.map((v) => v.value).filter((v): v is string => typeof v === 'string')
  if (
    operator.includes('StringEquals') &&
    patterns.some((p) => /[*?]/.test(p) && requestValues.some((r) => wildcardMatch(p, String(r))))
  ) {
    const like = operator.replace('StringEquals', 'StringLike')
    return [
      {
        id: `trust.use-string-like.${step.id}`,
        labelKey: 'verdict.fix.useStringLike',
        labelValues: { key },
        apply: (d) =>
          editTrustPolicy(d.trustPolicy, (policy) => {
            const condition = conditionBlock(policy, parent)
            const from = conditionBlock(policy, [...parent, operator])
            if (!condition || !from) return
            const value = from[key]
            delete from[key]
            if (Object.keys(from).length === 0) delete condition[operator]
            const to = (conditionBlock(policy, [...parent, like]) ?? {}) as Record<string, unknown>
            condition[like] = { ...to, [key]: value }
          }),
      },
    ]
  }
  const claim = key.slice(key.lastIndexOf(':') + 1).toLowerCase()
  if (claim !== 'sub' && claim !== 'aud') return []
  return [
    {
      id: `trust.set-${claim}.${step.id}`,
      labelKey: claim === 'sub' ? 'verdict.fix.setSub' : 'verdict.fix.setAud',
      labelValues: { key, value: wanted },
      apply: (d) =>
        editTrustPolicy(d.trustPolicy, (policy) => {
          const block = conditionBlock(policy, [...parent, operator])
          if (block) block[key] = wanted
        }),
    },
  ]
}

function trustFixes(trace: Trace): Fix[] {
  if (!failed(trace, 'trust.evaluate')) return []
  return trace.steps
    .filter((s) => s.kind === 'trust.condition' && s.status === 'fail')
    .flatMap(conditionFixes)
}

function clockFix(draft: ScenarioDraft, trace: Trace): Fix[] {
  if (!failed(trace, 'jwt.time')) return []
  const { exp, nbf, iat } = tokenClaims(draft)
  if (exp === undefined) return []
  // One minute after the token was issued (as when the pod starts), else just before it expires.
  const start = Math.max(nbf ?? Number.NEGATIVE_INFINITY, iat ?? Number.NEGATIVE_INFINITY)
  const target = Number.isFinite(start) && start + 60 < exp ? start + 60 : exp - 1
  const now = new Date(target * 1000).toISOString()
  return [
    {
      id: 'clock.before-exp',
      labelKey: 'verdict.fix.moveClock',
      labelValues: { now },
      apply: () => ({ now }),
    },
  ]
}

function durationFix(trace: Trace): Fix[] {
  const request = failed(trace, 'sts.request')
  const tooLong = failed(trace, 'sts.duration')
  if (!tooLong && !(request?.detail ?? '').includes('durationSeconds')) return []
  return [
    {
      id: 'request.remove-duration',
      labelKey: 'verdict.fix.removeDuration',
      apply: (d) => {
        const request = parseJson<Record<string, unknown>>(d.request, {})
        delete request.durationSeconds
        return { request: pretty(request) }
      },
    },
  ]
}

const hasFinding = (trace: Trace, code: string) => trace.findings.some((f) => f.code === code)

/** A running pod created before the annotation: recreating it is what lets the webhook act. */
function recreatePodFix(trace: Trace): Fix[] {
  if (!hasFinding(trace, 'pod.existing-not-mutated')) return []
  return [
    {
      id: 'pod.recreate',
      labelKey: 'verdict.fix.recreatePod',
      apply: (d) => {
        const doc = yamlLibrary().parseDocument(d.pod)
        if (doc.errors.length > 0) return {}
        // What the API server set when the pod was created goes away with the old pod.
        for (const path of [
          ['metadata', 'uid'],
          ['metadata', 'creationTimestamp'],
          ['metadata', 'resourceVersion'],
          ['status'],
        ])
          doc.deleteIn(path)
        return { pod: doc.toString() }
      },
    },
  ]
}

function roleArnFix(draft: ScenarioDraft, trace: Trace): Fix[] {
  if (hasFinding(trace, 'pod.existing-not-mutated')) return []
  const badArn = failed(trace, 'sts.request')?.detail === 'Request ARN is invalid'
  if (!badArn && !failed(trace, 'iam.role') && !failed(trace, 'sdk.credential-chain')) return []
  const arn = draftRoleArn(draft)
  const overridden = typeof parseJson<{ roleArn?: unknown }>(draft.request, {}).roleArn === 'string'
  return [
    {
      id: 'role-arn.set',
      labelKey: overridden ? 'verdict.fix.setRequestRoleArn' : 'verdict.fix.setRoleArnAnnotation',
      labelValues: { arn },
      apply: (d) => {
        if (overridden) return { request: pretty({ ...parseJson(d.request, {}), roleArn: arn }) }
        const doc = yamlLibrary().parseDocument(d.serviceAccount)
        if (doc.errors.length > 0) return {}
        doc.setIn(['metadata', 'annotations', ROLE_ARN_ANNOTATION], arn)
        return { serviceAccount: doc.toString() }
      },
    },
  ]
}

function allowCallFix(draft: ScenarioDraft, trace: Trace): Fix[] {
  const step = failed(trace, 'api.call')
  if (!step || step.data?.decision !== 'ImplicitDeny') return []
  const { action, resource } = draft.call
  return [
    {
      id: 'permission.allow-call',
      labelKey: 'verdict.fix.allowCall',
      labelValues: { action },
      apply: (d) => {
        const statement = { Effect: 'Allow', Action: action, Resource: resource }
        const policy = parseJson<{ Statement?: unknown }>(d.permissionPolicy, {})
        const existing = [policy.Statement ?? []].flat()
        const next = { Version: '2012-10-17', ...policy, Statement: [...existing, statement] }
        return { permissionPolicy: pretty(next) }
      },
    },
  ]
}

function publishKeyFix(draft: ScenarioDraft, trace: Trace, context: FixContext): Fix[] {
  const kid = decodeToken(draft.token).header?.kid
  const jwk = context.publicJwk
  if (!jwk || jwk.kid !== kid || !(failed(trace, 'jwt.key') || failed(trace, 'oidc.jwks')))
    return []
  return [
    {
      id: 'jwks.publish-key',
      labelKey: 'verdict.fix.publishKey',
      apply: (d) => {
        const jwks = parseJson<{ keys?: unknown }>(d.jwks, {})
        const keys = Array.isArray(jwks.keys) ? jwks.keys : []
        return { jwks: pretty({ ...jwks, keys: [...keys, jwk] }) }
      },
    },
  ]
}

/** Every fix for the failure in `trace`, most specific first. Empty when nothing applies. */
export function fixesFor(draft: ScenarioDraft, trace: Trace, context: FixContext = {}): Fix[] {
  return [
    ...recreatePodFix(trace),
    ...roleArnFix(draft, trace),
    ...durationFix(trace),
    ...addProvider(draft, trace),
    ...addClientId(trace),
    ...publishKeyFix(draft, trace, context),
    ...clockFix(draft, trace),
    ...trustFixes(trace),
    ...allowCallFix(draft, trace),
  ]
}
