/**
 * A step's title, detail and assumptions as messages: titles keyed by step id (by kind for the
 * per-statement and per-condition steps), details as templates filled from `step.data` (what the
 * engine's stages put there), AWS's own error text kept verbatim, and the engine's English as a
 * marked fallback for anything not covered.
 */
import type { Step } from '../../engine'
import { assumptionMessage } from './assumptions'
import { findingMessage } from './findingText'
import { keyMessage, str, type Message } from './message'

const P = 'engineText.steps'

/** The steps whose detail is AWS's error message when they fail (validation, time claims). */
const AWS_DETAIL_ON_FAIL = new Set(['sts.request', 'jwt.time'])

/** The webhook's skip reasons (engine SKIP_REASONS, exact text) → `engineText.skipReasons`. */
const SKIP_REASONS: Readonly<Record<string, string>> = {
  'The pod is not an object': 'notAnObject',
  'The pod has no spec': 'noSpec',
  'The pod has the eks.amazonaws.com/skip-pod-identity-webhook label: the webhook is not called':
    'skipLabel',
  'The pod runs as another ServiceAccount than the one given': 'otherServiceAccount',
  'The ServiceAccount has no role-arn annotation, or an empty one': 'noRoleArn',
  'The simulator failed; see the webhook.internal-error finding': 'internal',
  'The pod already exists': 'existing',
}

/** The catalogue path of a step: by id, or by kind for the numbered trust steps. */
export function stepKey(step: Pick<Step, 'id' | 'kind'>): string {
  return step.kind === 'trust.statement' || step.kind === 'trust.condition' ? step.kind : step.id
}

function titleMessage(step: Step): Message {
  const d = step.data ?? {}
  const base = `${P}.${stepKey(step)}`
  if (step.kind === 'trust.statement') {
    // The engine's title carries the Sid (not in data); the statement index is in the id.
    const name = /^Statement (.+) \(\w+\)$/.exec(step.title)?.[1] ?? step.id.split('.')[2] ?? ''
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

const skipReason = (reason: unknown): Message => {
  const text =
    typeof reason === 'string'
      ? reason
      : 'The ServiceAccount has no role-arn annotation, or an empty one'
  const key = SKIP_REASONS[text]
  return key
    ? keyMessage(`engineText.skipReasons.${key}`, undefined, text)
    : { kind: 'english', text }
}

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
      if (d.skipped) return k('skipped', { reason: skipReason(d.reason) })
      return k('injected', { count: String(Array.isArray(d.patch) ? d.patch.length : 0) })
    case 'kubelet.token':
      return k('mounted')
    case 'sdk.credential-chain':
      if (step.status === 'fail') return k('noWebIdentity')
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
      const claim = /no (\w+) claim/.exec(detail)?.[1]
      return claim ? k('noClaim', { claim }) : { kind: 'english', text: detail }
    }
    case 'oidc.discovery':
      if (step.status === 'pass') return k('get', { url: str(d.url) })
      return detail.endsWith('cannot succeed.')
        ? k('unreachable', { url: str(d.url) })
        : k('otherCluster', { url: str(d.url) })
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
      if (step.status === 'pass') return k('found', { arn: detail })
      const m = /^No role (\S+) in account (\d+)\.$/.exec(detail)
      return m ? k('notFound', { arn: m[1]!, account: m[2]! }) : { kind: 'english', text: detail }
    }
    case 'trust.evaluate':
    case 'api.call':
      return decision(d.decision, detail)
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
export function stepMessages(step: Step): StepMessages {
  const detail = detailMessage(step)
  return {
    title: titleMessage(step),
    ...(detail ? { detail } : {}),
    assumptions: (step.assumptions ?? []).map(assumptionMessage),
  }
}
