/**
 * A step's title, detail and assumptions as messages: titles keyed by step name, details as
 * templates filled from the step's typed data (`EngineStep`, engine steps.ts: narrowed by `name`,
 * the fields its stage writes), AWS's own error text kept verbatim, and the engine's English as a
 * marked fallback for anything not covered.
 */
import {
  STEP_KINDS,
  type AssumptionRef,
  type EngineStep,
  type Step,
  type WebhookSkipCode,
} from '../../engine'
import { assumptionMessage } from './assumptions'
import { findingMessage } from './findingText'
import { keyMessage, type Message } from './message'

const P = 'engineText.steps'

/**
 * The engine's typed step behind a contract `Step`: every step the engine emits carries its
 * `name` (its id without an occurrence suffix), and its `data` is the data of that name. A step
 * without a known name (one built by hand) is shown by its id, its detail in the engine's English.
 */
function isEngineStep(step: Step): step is EngineStep {
  return 'name' in step && typeof step.name === 'string' && Object.hasOwn(STEP_KINDS, step.name)
}

/** A value of a step's data as text; a value the step lacks reads as —. */
const orDash = (value: string | number | undefined): string =>
  value === undefined ? '—' : String(value)

function titleMessage(step: EngineStep): Message {
  const base = `${P}.${step.name}`
  switch (step.name) {
    case 'trust.statement': {
      // The statement's Sid, else its index (engine data.name; older traces: the index in the id).
      const name = step.data?.name ?? step.id.split('.')[2] ?? ''
      return keyMessage(`${base}.title`, { name, effect: orDash(step.data?.effect) }, step.title)
    }
    case 'trust.condition':
      return keyMessage(
        `${base}.title`,
        { operator: orDash(step.data?.operator), key: orDash(step.data?.key) },
        step.title,
      )
    case 'api.call': {
      const action = step.data?.action
      if (action === undefined) break
      const operation = action.slice(action.indexOf(':') + 1)
      return keyMessage(
        `${base}.named`,
        { operation, resource: orDash(step.data?.resource) },
        step.title,
      )
    }
  }
  return keyMessage(`${base}.title`, undefined, step.title)
}

/** The webhook's skip reason by its code (engine `PodMutation.reasonCode`); none: no role ARN. */
const skipReason = (code: WebhookSkipCode | undefined, english: string | undefined): Message =>
  keyMessage(`engineText.skipReasons.${code ?? 'noRoleArn'}`, undefined, english)

/** The policy's decision (Allow, ExplicitDeny, ImplicitDeny); none: the engine's English. */
const decision = (value: string | undefined, fallback: string): Message =>
  value === undefined
    ? { kind: 'english', text: fallback }
    : keyMessage(`engineText.decisions.${value}`, undefined, fallback)

/** The detail as a catalogue key and values; undefined when the engine gave none. */
function detailMessage(step: EngineStep): Message | undefined {
  const detail = step.detail
  if (detail === undefined || step.status === 'skip') return undefined
  const k = (name: string, values?: Record<string, string | Message>) =>
    keyMessage(`${P}.${step.name}.${name}`, values, detail)
  const english: Message = { kind: 'english', text: detail }
  const pass = step.status === 'pass'
  switch (step.name) {
    case 'webhook.mutate': {
      const d = step.data
      if (d?.existing) return k('existing')
      if (d?.skipped) return k('skipped', { reason: skipReason(d.reasonCode, d.reason) })
      return k('injected', { count: String(d?.patch?.length ?? 0) })
    }
    case 'kubelet.token':
      return k('mounted')
    case 'sdk.credential-chain': {
      // Both chains name this step; only IRSA's data has the role (Pod Identity's: its full URI).
      const d = step.data
      if (step.status === 'fail')
        return typeof d?.nodeSessionArn === 'string'
          ? k('noWebIdentityNode', { arn: d.nodeSessionArn })
          : k('noWebIdentity')
      const roleArn = orDash(typeof d?.roleArn === 'string' ? d.roleArn : undefined)
      return d?.tokenFile === undefined
        ? k('foundScenario', { roleArn })
        : k('found', { roleArn, tokenFile: d.tokenFile })
    }
    case 'sts.request':
      // A failed request: AWS's validation error, verbatim.
      if (step.status === 'fail') return { kind: 'aws', text: detail }
      return k('post', { endpoint: orDash(step.data?.endpoint) })
    case 'sts.token':
      return k('unreadable')
    case 'iam.provider': {
      const d = step.data
      if (pass) return k('found', { arn: orDash(d?.arn) })
      return d?.expectedArn === undefined ? k('noIss') : k('lookedFor', { arn: d.expectedArn })
    }
    case 'sts.audience': {
      const d = step.data
      if (pass) return k('matched', { aud: orDash(d?.matched) })
      if (d?.audiences !== undefined)
        return k('mismatch', {
          aud: JSON.stringify(d.audiences),
          clientIds: JSON.stringify(d.clientIds),
        })
      return d?.missingClaim === undefined ? english : k('noClaim', { claim: d.missingClaim })
    }
    case 'oidc.discovery': {
      const url = orDash(step.data?.url)
      if (pass) return k('get', { url })
      return step.data?.unreachable === 'otherCluster'
        ? k('otherCluster', { url })
        : k('unreachable', { url })
    }
    case 'oidc.jwks': {
      const url = orDash(step.data?.url)
      return pass ? k('keys', { url, count: orDash(step.data?.keys) }) : k('noKeys', { url })
    }
    case 'jwt.key': {
      const code = orDash(step.data?.reason)
      const reason = keyMessage(`engineText.keyReasons.${code}`, undefined, code)
      return pass ? k('selected', { reason }) : k('noUsableKey', { reason })
    }
    case 'jwt.signature': {
      const d = step.data
      if (pass) return k('verified', { alg: orDash(d?.alg) })
      return d?.code === undefined ? english : findingMessage({ code: d.code, message: detail })
    }
    case 'iam.role': {
      const d = step.data
      // IAM refused the trust policy (LimitExceeded): AWS's own text, verbatim.
      if (d?.iamError !== undefined) return { kind: 'aws', text: detail }
      if (pass) return k('found', { arn: orDash(d?.arn) })
      return d?.account === undefined
        ? english
        : k('notFound', { arn: orDash(d.arn), account: d.account })
    }
    case 'trust.evaluate': {
      // Both chains name this step; only IRSA's data has the decision.
      const value = step.data?.decision
      return decision(typeof value === 'string' ? value : undefined, detail)
    }
    case 'api.call':
      return decision(step.data?.decision, detail)
    case 'jwt.time': {
      // A failed check: AWS's error, verbatim.
      if (step.status === 'fail') return { kind: 'aws', text: detail }
      // A pass with a detail: accepted within the clock skew (values from data.checks).
      const checks = step.data?.checks ?? []
      const skew = orDash(step.data?.skewSeconds)
      const exp = checks.find((c) => c.claim === 'exp' && c.withinSkew === true)
      if (exp?.deltaSeconds !== undefined)
        return k('expWithinSkew', { seconds: String(-exp.deltaSeconds), skew })
      const nbf = checks.find((c) => c.claim === 'nbf' && c.withinSkew === true)
      if (nbf?.deltaSeconds !== undefined)
        return k('nbfWithinSkew', { seconds: String(nbf.deltaSeconds), skew })
      return english
    }
    case 'sts.duration':
      return k(pass ? 'within' : 'exceeds', {
        requested: orDash(step.data?.requested),
        max: orDash(step.data?.max),
      })
    case 'sts.credentials':
      return k('validUntil', { expiration: orDash(step.data?.expiration) })
    case 'trust.condition':
      return keyMessage(
        `engineText.conditionReasons.${orDash(step.data?.reason)}`,
        undefined,
        detail,
      )
  }
  return english
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
  const typed = isEngineStep(step)
  const detail = typed
    ? detailMessage(step)
    : step.detail === undefined || step.status === 'skip'
      ? undefined
      : ({ kind: 'english', text: step.detail } as const)
  return {
    title: typed ? titleMessage(step) : keyMessage(`${P}.${step.id}.title`, undefined, step.title),
    ...(detail ? { detail } : {}),
    assumptions: (step.assumptions ?? []).map((text, i) =>
      assumptionMessage(step.assumptionRefs?.[i], text),
    ),
  }
}
