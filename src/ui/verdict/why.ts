/**
 * One sentence of why: the failing step (the most specific one) and the catalogue key and values
 * that explain it, chosen by step id and STS error code. Pure; the component translates.
 */
import type { Step, Trace } from '../../engine'
import { formatUtc } from '../format/time'

export interface Why {
  /** Key under `verdict.why`. */
  key: string
  values: Record<string, string>
  /** The step the sentence is about (its assumptions are shown with it). */
  step: Step
}

const list = (v: unknown) =>
  Array.isArray(v) ? v.map(String).join(', ') : v === undefined ? '—' : String(v)

/** The failing step to explain: a failed trust condition beats its statement and the summary. */
export function failingStep(trace: Trace): Step | undefined {
  const failed = trace.steps.filter((s) => s.status === 'fail')
  return failed.find((s) => s.kind === 'trust.condition') ?? failed[0]
}

/** The claim whose absence stopped the chain: the engine's sts.claim.missing finding says which. */
function missingClaim(trace: Trace): string | undefined {
  const claim = trace.findings.find((f) => f.code === 'sts.claim.missing')?.data?.claim
  return typeof claim === 'string' ? claim : undefined
}

function timeWhy(trace: Trace, step: Step): Omit<Why, 'step'> {
  const checks = (step.data?.checks ?? []) as { claim: string; value?: number; ok: boolean }[]
  const exp = checks.find((c) => c.claim === 'exp')
  const now = typeof step.data?.now === 'number' ? step.data.now : undefined
  if (trace.error?.code === 'ExpiredTokenException' && exp?.value !== undefined) {
    return {
      key: 'expired',
      values: {
        exp: formatUtc(exp.value) ?? String(exp.value),
        now: now === undefined ? '—' : (formatUtc(now) ?? ''),
      },
    }
  }
  const claim = missingClaim(trace)
  if (claim) return { key: 'missingClaim', values: { claim } }
  const notInteger = (
    step.data?.checks as { claim: string; notInteger?: boolean }[] | undefined
  )?.find((c) => c.notInteger)
  if (notInteger) return { key: 'notInteger', values: { claim: notInteger.claim } }
  return { key: 'notYetValid', values: {} }
}

function explainStep(trace: Trace, step: Step): Omit<Why, 'step'> {
  const d = step.data ?? {}
  const claim = missingClaim(trace)
  switch (step.id) {
    case 'sdk.credential-chain':
      // Without web identity the SDK fell back to the node role: the call ran as that role.
      return typeof d.nodeSessionArn === 'string'
        ? { key: 'nodeRole', values: { arn: d.nodeSessionArn } }
        : { key: 'noWebIdentity', values: {} }
    case 'sts.request':
      return trace.findings.some((f) => f.code === 'sts.request.invalid-arn')
        ? { key: 'invalidArn', values: { arn: String(d.roleArn ?? '') } }
        : { key: 'validation', values: {} }
    case 'sts.token':
      return { key: 'malformedToken', values: {} }
    case 'iam.provider':
      return claim
        ? { key: 'missingClaim', values: { claim } }
        : { key: 'noProvider', values: { issuer: String(d.issuer), arn: String(d.expectedArn) } }
    case 'sts.audience':
      return claim
        ? { key: 'missingClaim', values: { claim } }
        : { key: 'audience', values: { aud: list(d.audiences) } }
    case 'oidc.discovery':
      return {
        key: 'discovery',
        values: { issuer: String(d.url ?? '').replace(/\/\.well-known.*$/, '') },
      }
    case 'oidc.jwks':
      return { key: 'jwksEmpty', values: {} }
    case 'jwt.key':
      return { key: 'keyNotFound', values: { kid: String(d.kid ?? '—') } }
    case 'jwt.signature':
      return { key: 'signature', values: {} }
    case 'jwt.time':
      return timeWhy(trace, step)
    case 'iam.role':
      if (d.iamError !== undefined)
        return {
          key: 'trustPolicyTooLarge',
          values: { size: String(d.trustPolicySize), quota: String(d.quota) },
        }
      return { key: 'roleNotFound', values: { arn: String(d.arn ?? '—') } }
    case 'sts.duration':
      return { key: 'duration', values: { requested: String(d.requested), max: String(d.max) } }
    case 'api.call':
      return {
        key: 'apiDenied',
        values: { action: String(d.action), decision: String(d.decision) },
      }
  }
  if (step.kind === 'trust.condition') {
    const values = (d.values ?? []) as { value: unknown }[]
    return {
      key: 'trustCondition',
      values: {
        operator: String(d.operator),
        key: String(d.key),
        want: list(values.map((v) => v.value)),
        got: list(d.requestValues),
      },
    }
  }
  if (step.kind === 'trust.statement' || step.kind === 'trust.decision') {
    const deny = trace.steps.some(
      (s) => s.id === 'trust.evaluate' && s.data?.decision === 'ExplicitDeny',
    )
    return { key: deny ? 'trustDeny' : 'trustNoStatement', values: {} }
  }
  return { key: 'generic', values: { title: step.title } }
}

/** Why the run failed (or why the API call was denied), or undefined when nothing failed. */
export function explainFailure(trace: Trace): Why | undefined {
  const step = failingStep(trace)
  return step ? { ...explainStep(trace, step), step } : undefined
}
