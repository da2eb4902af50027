/**
 * The compared values of a step, read from `step.data` as the engine wrote them: the token's value
 * against the policy's or the provider's. Pure, so the narration and the diagram caption share it.
 * Values are user content and are only ever rendered as text.
 */
import type { Step } from '../../engine'

/** Labels that have a message in the catalogue (`flow.facts.<key>`). */
export type FactLabel =
  | 'tokenAud'
  | 'clientIds'
  | 'kid'
  | 'candidates'
  | 'alg'
  | 'iss'
  | 'sub'
  | 'aud'
  | 'provider'
  | 'roleArn'
  | 'tokenFile'
  | 'endpoint'
  | 'url'
  | 'keys'
  | 'effect'
  | 'decision'
  | 'requested'
  | 'max'
  | 'accessKeyId'
  | 'expiration'
  | 'action'
  | 'resource'
  | 'token'
  | 'policy'
  | 'exp'
  | 'nbf'
  | 'iat'

export interface Fact {
  /** A catalogue label, or the text itself when it comes from the inputs (a condition key). */
  label: { key: FactLabel } | { text: string }
  value: string
  /** The value it is compared with (the policy's or the provider's). */
  against?: { label: FactLabel; value: string }
  ok?: boolean
}

type Data = Record<string, unknown>

const str = (v: unknown): string =>
  v === undefined || v === null ? '—' : typeof v === 'string' ? v : JSON.stringify(v)
const list = (v: unknown): string => (Array.isArray(v) ? v.map(str).join(', ') : str(v))
const obj = (v: unknown): Data => (v && typeof v === 'object' ? (v as Data) : {})
const fact = (key: FactLabel, value: unknown, ok?: boolean): Fact => ({
  label: { key },
  value: list(value),
  ...(ok === undefined ? {} : { ok }),
})

/** Seconds since the epoch as an ISO instant (UTC, no milliseconds). */
export function isoSeconds(seconds: unknown): string {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return str(seconds)
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z')
}

/** `oidc.eks.…/id/…:sub` → `…:sub`: the issuer part is long and the same for every key. */
export function shortConditionKey(key: string): string {
  const i = key.lastIndexOf(':')
  return i > 0 && key.includes('/') ? `…${key.slice(i)}` : key
}

function conditionFacts(step: Step, d: Data): Fact[] {
  const values = Array.isArray(d.values) ? d.values.map(obj) : []
  const policy = values.map((v) => str(v.resolved ?? v.value)).join(', ')
  const request = d.requestValues === undefined ? '∅' : list(d.requestValues)
  return [
    {
      label: { text: `${str(d.operator)} ${shortConditionKey(str(d.key))}` },
      value: request,
      against: { label: 'policy', value: policy },
      ok: step.status === 'pass',
    },
  ]
}

/** The facts worth showing for a step, most telling first. */
export function stepFacts(step: Step): Fact[] {
  const d = obj(step.data)
  switch (step.kind) {
    case 'kubelet.project-token':
      return [fact('sub', d.sub), fact('aud', d.aud), fact('exp', isoSeconds(d.exp))]
    case 'sdk.chain':
      return d.roleArn ? [fact('roleArn', d.roleArn), fact('tokenFile', d.tokenFile)] : []
    case 'sts.call':
      return [fact('endpoint', d.endpoint), fact('roleArn', d.roleArn)]
    case 'jwt.decode': {
      const payload = obj(d.payload)
      return payload.iss ? [fact('iss', payload.iss), fact('sub', payload.sub)] : []
    }
    case 'iam.provider-lookup':
      return [fact('iss', d.issuer), ...(d.arn ? [fact('provider', d.arn)] : [])]
    case 'sts.audience':
      return [
        {
          label: { key: 'tokenAud' },
          value: list(d.audiences),
          against: { label: 'clientIds', value: list(d.clientIds) },
          ok: step.status === 'pass',
        },
      ]
    case 'oidc.discovery':
    case 'oidc.jwks':
      return [fact('url', d.url), ...(typeof d.keys === 'number' ? [fact('keys', d.keys)] : [])]
    case 'jwt.key-select':
      return [fact('kid', d.kid), fact('candidates', d.candidates)]
    case 'jwt.signature':
      return d.alg ? [fact('alg', d.alg, step.status === 'pass')] : []
    case 'jwt.time':
      return (Array.isArray(d.checks) ? d.checks.map(obj) : []).map((c) => {
        const claim = c.claim === 'exp' || c.claim === 'nbf' || c.claim === 'iat' ? c.claim : 'exp'
        return fact(claim, isoSeconds(c.value), c.ok === true)
      })
    case 'trust.statement':
      return [fact('effect', d.effect, d.matched === true)]
    case 'trust.condition':
      return conditionFacts(step, d)
    case 'trust.decision':
      return [fact('decision', d.decision, step.status === 'pass')]
    case 'sts.duration':
      return [
        {
          label: { key: 'requested' },
          value: `${str(d.requested)} s`,
          against: { label: 'max', value: `${str(d.max)} s` },
          ok: step.status === 'pass',
        },
      ]
    case 'sts.credentials':
      return d.accessKeyId
        ? [fact('accessKeyId', d.accessKeyId), fact('expiration', d.expiration)]
        : []
    case 'api.call':
      return [
        fact('action', d.action),
        fact('resource', d.resource),
        fact('decision', d.decision, step.status === 'pass'),
      ]
    default:
      return []
  }
}
