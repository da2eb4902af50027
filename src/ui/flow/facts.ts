/**
 * The compared values of a step, read from its typed data (`IrsaStep`, engine steps.ts) as the
 * engine wrote them: the token's value against the policy's or the provider's. Pure, so the
 * narration and the diagram caption share it. Values are user content and are only ever rendered
 * as text; a value the step lacks shows as — (never a throw).
 */
import { findStep, isStep, type IrsaStep, type IrsaStepNamed } from '../../engine'

/** The rest of the chain, for facts that read a neighbour (a trace, or the flow's steps). */
export interface Context {
  steps: readonly IrsaStep[]
}

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
  | 'now'
  | 'principal'
  | 'conditions'
  | 'statement'
  | 'signature'

/**
 * What the mark beside a compared value says (`flow.facts.verdicts.<word>`): the word matches the
 * check, so a statement that did not apply says so rather than "does not match".
 */
export type VerdictWord =
  | 'matches'
  | 'mismatches'
  | 'applies'
  | 'doesNotApply'
  | 'valid'
  | 'invalid'
  | 'notExpired'
  | 'expired'
  | 'alreadyValid'
  | 'notYetValid'
  | 'allows'
  | 'denies'
  | 'within'
  | 'tooLong'
  | 'found'
  | 'notFound'

export interface Fact {
  /** A catalogue label, or the text itself when it comes from the inputs (a condition key). */
  label: { key: FactLabel } | { text: string }
  value: string
  /** Whose value `value` is (the token's), when it is compared with another. */
  valueLabel?: FactLabel
  /** The value it is compared with (the policy's or the provider's, or the clock). */
  against?: { label: FactLabel; value: string }
  /** Whether this check went the way the chain needs (✔) or not (✘). */
  ok?: boolean
  /** The words for the mark; with `ok` and without it, "matches" or "does not match". */
  verdict?: VerdictWord
  /** The step's own result (the one fact whose `ok` is the step's status). */
  summary?: boolean
  /** Where `value` and `against.value` first differ (a literal comparison), for marking. */
  diffAt?: number
}

/** A value as the facts show it: text as is, nothing as —, anything else as JSON. */
const shown = (v: unknown): string =>
  v === undefined || v === null ? '—' : typeof v === 'string' ? v : JSON.stringify(v)
/** A list of values, comma-separated (one value as `shown`). */
const list = (v: unknown): string => (Array.isArray(v) ? v.map(shown).join(', ') : shown(v))
const fact = (key: FactLabel, value: unknown, ok?: boolean): Fact => ({
  label: { key },
  value: list(value),
  ...(ok === undefined ? {} : { ok }),
})
/** A fact that states the step's result, in the words of its check. */
const summary = (
  key: FactLabel,
  value: unknown,
  ok: boolean,
  words: [VerdictWord, VerdictWord],
): Fact => ({ ...fact(key, value, ok), verdict: ok ? words[0] : words[1], summary: true })

/**
 * Where two values first differ, character by character: `undefined` when they are equal. With
 * `wildcards` (StringLike), the comparison stops at the pattern's first `*` or `?`: past it a
 * literal position says nothing.
 */
export function firstDifference(a: string, b: string, wildcards = false): number | undefined {
  const n = Math.max(a.length, b.length)
  for (let i = 0; i < n; i++) {
    if (wildcards && (b[i] === '*' || b[i] === '?')) return undefined
    if (a[i] !== b[i]) return i
  }
  return undefined
}

/** Seconds since the epoch as an ISO instant (UTC, no milliseconds). */
export function isoSeconds(seconds: unknown): string {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return shown(seconds)
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z')
}

/** `oidc.eks.…/id/…:sub` → `…:sub`: the issuer part is long and the same for every key. */
export function shortConditionKey(key: string): string {
  const i = key.lastIndexOf(':')
  return i > 0 && key.includes('/') ? `…${key.slice(i)}` : key
}

function conditionFacts(step: IrsaStepNamed<'trust.condition'>): Fact[] {
  const d = step.data
  const requestValues = d?.requestValues
  const values = d?.values ?? []
  const policy = values.map((v) => shown(v.resolved ?? v.value)).join(', ')
  const request = requestValues === undefined ? '∅' : list(requestValues)
  const ok = step.status === 'pass'
  const operator = shown(d?.operator)
  // One value on each side: mark where they part (only a failed comparison has a difference).
  const single = values.length === 1 && !(Array.isArray(requestValues) && requestValues.length > 1)
  const diffAt =
    !ok && single && requestValues !== undefined
      ? firstDifference(request, policy, operator.includes('Like'))
      : undefined
  return [
    {
      label: { text: `${operator} ${shortConditionKey(shown(d?.key))}` },
      value: request,
      valueLabel: 'token',
      against: { label: 'policy', value: policy },
      ok,
      verdict: ok ? 'matches' : 'mismatches',
      summary: true,
      ...(diffAt === undefined ? {} : { diffAt }),
    },
  ]
}

/** One element of a statement (its principal or action), when the step says how it matched. */
function elementFact(
  key: FactLabel,
  check: { matched?: boolean | 'absent'; matchedPointer?: string; pointer?: string } | undefined,
): Fact[] {
  if (check?.matched === undefined) return []
  return [
    {
      ...fact(key, check.matchedPointer ?? check.pointer, check.matched === true),
      verdict: check.matched === true ? 'matches' : 'mismatches',
    },
  ]
}

/** A statement's parts (principal, action, conditions), then whether it applies. */
function statementFacts(step: IrsaStepNamed<'trust.statement'>, trace?: Context): Fact[] {
  const d = step.data
  const facts: Fact[] = [fact('effect', d?.effect)]
  facts.push(...elementFact('principal', d?.principal), ...elementFact('action', d?.action))
  // The statement's conditions are the steps `trust.condition.<i>.*` that follow it; the flow
  // stops at the statement, so the ones that failed are shown here, values side by side.
  const index = step.id.slice(step.id.lastIndexOf('.') + 1)
  const conditions = (trace?.steps ?? []).filter(
    (s): s is IrsaStepNamed<'trust.condition'> =>
      isStep(s, 'trust.condition') && s.id.startsWith(`trust.condition.${index}.`),
  )
  if (conditions.length > 0) {
    const met = conditions.filter((s) => s.status === 'pass').length
    const all = met === conditions.length
    facts.push({
      ...fact('conditions', `${met}/${conditions.length}`, all),
      verdict: all ? 'matches' : 'mismatches',
    })
    for (const failed of conditions.filter((s) => s.status === 'fail'))
      facts.push(...conditionFacts(failed).map(({ summary: _, ...f }) => f))
  }
  const applies = d?.matched === true
  facts.push({
    ...fact('statement', d?.effect, step.status === 'pass'),
    verdict: applies ? 'applies' : 'doesNotApply',
    summary: true,
  })
  return facts
}

/** Each time claim against the clock it was compared with. */
function timeFacts(step: IrsaStepNamed<'jwt.time'>): Fact[] {
  const now = isoSeconds(step.data?.now)
  return (step.data?.checks ?? []).map((c) => {
    const claim = c.claim === 'exp' || c.claim === 'nbf' || c.claim === 'iat' ? c.claim : 'exp'
    const ok = c.ok === true
    const words: [VerdictWord, VerdictWord] =
      claim === 'exp' ? ['notExpired', 'expired'] : ['alreadyValid', 'notYetValid']
    return {
      ...fact(claim, isoSeconds(c.value), ok),
      against: { label: 'now', value: now },
      verdict: ok ? words[0] : words[1],
      ...(ok ? {} : { summary: true }),
    }
  })
}

/** The token's algorithm, from the step or else from the decoded header. */
function algorithm(step: IrsaStepNamed<'jwt.signature'>, trace?: Context): unknown {
  if (step.data?.alg) return step.data.alg
  return findStep(trace?.steps ?? [], 'sts.token')?.data?.header.alg
}

/**
 * The facts worth showing for a step, most telling first. With the trace, a step can show what
 * its neighbours found (a statement's conditions, the token's algorithm at a failed signature).
 */
export function stepFacts(step: IrsaStep, trace?: Context): Fact[] {
  if (step.status === 'skip') return []
  const ok = step.status === 'pass'
  switch (step.name) {
    case 'kubelet.token': {
      const d = step.data
      return [fact('sub', d?.sub), fact('aud', d?.aud), fact('exp', isoSeconds(d?.exp))]
    }
    case 'sdk.credential-chain': {
      const d = step.data
      return d?.roleArn ? [fact('roleArn', d.roleArn), fact('tokenFile', d.tokenFile)] : []
    }
    case 'sts.request':
      return [fact('endpoint', step.data?.endpoint), fact('roleArn', step.data?.roleArn)]
    case 'sts.token': {
      const payload = step.data?.payload
      return payload?.iss ? [fact('iss', payload.iss), fact('sub', payload.sub)] : []
    }
    case 'iam.provider': {
      const d = step.data
      return [
        fact('iss', d?.issuer),
        ...(d?.arn
          ? [fact('provider', d.arn)]
          : step.status === 'fail'
            ? [summary('provider', '∅', false, ['found', 'notFound'])]
            : []),
      ]
    }
    case 'sts.audience':
      return [
        {
          label: { key: 'tokenAud' },
          value: list(step.data?.audiences),
          against: { label: 'clientIds', value: list(step.data?.clientIds) },
          ok,
          verdict: ok ? 'matches' : 'mismatches',
          summary: true,
        },
      ]
    case 'oidc.discovery':
      return [fact('url', step.data?.url)]
    case 'oidc.jwks': {
      const keys = step.data?.keys
      return [
        fact('url', step.data?.url),
        ...(typeof keys === 'number' ? [fact('keys', keys)] : []),
      ]
    }
    case 'jwt.key': {
      const d = step.data
      if (d?.kid === undefined) return []
      return step.status === 'pass' || step.status === 'fail'
        ? [summary('kid', d.kid, ok, ['found', 'notFound']), fact('candidates', d.candidates)]
        : [fact('kid', d.kid), fact('candidates', d.candidates)]
    }
    case 'jwt.signature': {
      if (step.status !== 'pass' && step.status !== 'fail') return []
      const alg = algorithm(step, trace)
      return [
        ...(alg ? [fact('alg', alg)] : []),
        summary('signature', alg ?? '—', ok, ['valid', 'invalid']),
      ]
    }
    case 'jwt.time':
      return timeFacts(step)
    case 'trust.statement':
      return statementFacts(step, trace)
    case 'trust.condition':
      return conditionFacts(step)
    case 'trust.evaluate': {
      const decision = step.data?.decision
      return decision === undefined ? [] : [summary('decision', decision, ok, ['allows', 'denies'])]
    }
    case 'sts.duration':
      return [
        {
          label: { key: 'requested' },
          value: `${shown(step.data?.requested)} s`,
          against: { label: 'max', value: `${shown(step.data?.max)} s` },
          ok,
          verdict: ok ? 'within' : 'tooLong',
          summary: true,
        },
      ]
    case 'sts.credentials': {
      const d = step.data
      return d?.accessKeyId
        ? [fact('accessKeyId', d.accessKeyId), fact('expiration', d.expiration)]
        : []
    }
    case 'api.call':
      return [
        fact('action', step.data?.action),
        fact('resource', step.data?.resource),
        summary('decision', step.data?.decision, ok, ['allows', 'denies']),
      ]
    default:
      return []
  }
}
