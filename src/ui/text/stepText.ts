/**
 * A step's title, detail and assumptions as messages: titles keyed by step id (by kind for the
 * per-statement and per-condition steps), details as templates filled from `step.data` (what the
 * engine's stages put there), AWS's own error text kept verbatim, and the engine's English as a
 * marked fallback for anything not covered.
 */
import type { AssumptionRef, Step } from '../../engine'
import { assumptionMessage } from './assumptions'
import { findingMessage } from './findingText'
import { keyMessage, str, type Message } from './message'

const P = 'engineText.steps'

/** The steps whose detail is AWS's error message when they fail (validation, time claims). */
const AWS_DETAIL_ON_FAIL = new Set(['sts.request', 'jwt.time'])

/** The catalogue path of a step: by id, or by kind for the numbered trust steps. */
export function stepKey(step: Pick<Step, 'id' | 'kind'>): string {
  return step.kind === 'trust.statement' || step.kind === 'trust.condition' ? step.kind : step.id
}

function titleMessage(step: Step): Message {
  const d = step.data ?? {}
  const base = `${P}.${stepKey(step)}`
  if (step.kind === 'trust.statement') {
    // The statement's Sid, else its index (engine data.name; older traces: the index in the id).
    const name = d.name === undefined ? (step.id.split('.')[2] ?? '') : str(d.name)
    return keyMessage(`${base}.title`, { name, effect: str(d.effect) }, step.title)
  }
  if (step.kind === 'trust.condition')
    return keyMessage(`${base}.title`, { operator: str(d.operator), key: str(d.key) }, step.title)
  if (step.id === 'api.call' && d.action !== undefined) {
    const action = str(d.action)
    const operation = action.slice(action.indexOf(':') + 1)
    return keyMessage(`${base}.named`, { operation, resource: str(d.resource) }, step.title)
  }
  return keyMessage(`${base}.title`, undefined, step.title)
}

/** The webhook's skip reason by its code (engine `PodMutation.reasonCode`); none: no role ARN. */
const skipReason = (code: unknown, english: unknown): Message =>
  keyMessage(
    `engineText.skipReasons.${typeof code === 'string' ? code : 'noRoleArn'}`,
    undefined,
    typeof english === 'string' ? english : undefined,
  )

const decision = (value: unknown, fallback: string): Message =>
  keyMessage(`engineText.decisions.${str(value)}`, undefined, fallback)

/** The detail as a catalogue key and values; undefined when the engine gave none. */
function detailMessage(step: Step): Message | undefined {
  const detail = step.detail
  if (detail === undefined || step.status === 'skip') return undefined
  const d = step.data ?? {}
  const k = (name: string, values?: Record<string, string | Message>) =>
    keyMessage(`${P}.${step.id}.${name}`, values, detail)
  if (step.status === 'fail' && AWS_DETAIL_ON_FAIL.has(step.id))
    return { kind: 'aws', text: detail }
  switch (step.id) {
    case 'webhook.mutate':
      if (d.existing) return k('existing')
      if (d.skipped) return k('skipped', { reason: skipReason(d.reasonCode, d.reason) })
      return k('injected', { count: String(Array.isArray(d.patch) ? d.patch.length : 0) })
    case 'kubelet.token':
      return k('mounted')
    case 'sdk.credential-chain':
      if (step.status === 'fail')
        return typeof d.nodeSessionArn === 'string'
          ? k('noWebIdentityNode', { arn: d.nodeSessionArn })
          : k('noWebIdentity')
      return d.tokenFile === undefined
        ? k('foundScenario', { roleArn: str(d.roleArn) })
        : k('found', { roleArn: str(d.roleArn), tokenFile: str(d.tokenFile) })
    case 'sts.request':
      return k('post', { endpoint: str(d.endpoint) })
    case 'sts.token':
      return k('unreadable')
    case 'iam.provider':
      if (step.status === 'pass') return k('found', { arn: str(d.arn) })
      return d.expectedArn === undefined ? k('noIss') : k('lookedFor', { arn: str(d.expectedArn) })
    case 'sts.audience': {
      if (step.status === 'pass') return k('matched', { aud: str(d.matched) })
      if (d.audiences !== undefined)
        return k('mismatch', {
          aud: JSON.stringify(d.audiences),
          clientIds: JSON.stringify(d.clientIds),
        })
      return d.missingClaim === undefined
        ? { kind: 'english', text: detail }
        : k('noClaim', { claim: str(d.missingClaim) })
    }
    case 'oidc.discovery':
      if (step.status === 'pass') return k('get', { url: str(d.url) })
      return d.unreachable === 'otherCluster'
        ? k('otherCluster', { url: str(d.url) })
        : k('unreachable', { url: str(d.url) })
    case 'oidc.jwks':
      return step.status === 'pass'
        ? k('keys', { url: str(d.url), count: str(d.keys) })
        : k('noKeys', { url: str(d.url) })
    case 'jwt.key': {
      const reason = keyMessage(`engineText.keyReasons.${str(d.reason)}`, undefined, str(d.reason))
      return step.status === 'pass' ? k('selected', { reason }) : k('noUsableKey', { reason })
    }
    case 'jwt.signature':
      if (step.status === 'pass') return k('verified', { alg: str(d.alg) })
      return typeof d.code === 'string'
        ? findingMessage({ code: d.code, message: detail })
        : { kind: 'english', text: detail }
    case 'iam.role': {
      // IAM refused the trust policy (LimitExceeded): AWS's own text, verbatim.
      if (d.iamError !== undefined) return { kind: 'aws', text: detail }
      if (step.status === 'pass') return k('found', { arn: str(d.arn) })
      return d.account === undefined
        ? { kind: 'english', text: detail }
        : k('notFound', { arn: str(d.arn), account: str(d.account) })
    }
    case 'trust.evaluate':
    case 'api.call':
      return decision(d.decision, detail)
    case 'jwt.time': {
      // A pass with a detail: accepted within the clock skew (values from data.checks).
      const checks = Array.isArray(d.checks)
        ? (d.checks as { claim?: unknown; withinSkew?: unknown; deltaSeconds?: unknown }[])
        : []
      const skew = str(d.skewSeconds)
      const exp = checks.find((c) => c.claim === 'exp' && c.withinSkew === true)
      if (typeof exp?.deltaSeconds === 'number')
        return k('expWithinSkew', { seconds: String(-exp.deltaSeconds), skew })
      const nbf = checks.find((c) => c.claim === 'nbf' && c.withinSkew === true)
      if (typeof nbf?.deltaSeconds === 'number')
        return k('nbfWithinSkew', { seconds: String(nbf.deltaSeconds), skew })
      return { kind: 'english', text: detail }
    }
    case 'sts.duration':
      return k(step.status === 'pass' ? 'within' : 'exceeds', {
        requested: str(d.requested),
        max: str(d.max),
      })
    case 'sts.credentials':
      return k('validUntil', { expiration: str(d.expiration) })
  }
  if (step.kind === 'trust.condition')
    return keyMessage(`engineText.conditionReasons.${str(d.reason)}`, undefined, detail)
  return { kind: 'english', text: detail }
}

/** A step's texts as messages, ready to translate. */
export interface StepMessages {
  title: Message
  detail?: Message
  assumptions: Message[]
}

/** Resolves every engine-written text of a step to a message. Pure. */
export function stepMessages(
  step: Step & { assumptionRefs?: (AssumptionRef | null)[] },
): StepMessages {
  const detail = detailMessage(step)
  return {
    title: titleMessage(step),
    ...(detail ? { detail } : {}),
    assumptions: (step.assumptions ?? []).map((text, i) =>
      assumptionMessage(step.assumptionRefs?.[i], text),
    ),
  }
}
