/**
 * One sentence of why: the failing step (the most specific one) and the catalogue key and values
 * that explain it, chosen by step id and STS error code. Pure; the component translates.
 */
import { findStep, type IrsaStep, type IrsaStepNamed, type IrsaTrace } from '../../engine'
import { formatUtc } from '../format/time'

export interface Why {
  /** Key under `verdict.why`. */
  key: string
  values: Record<string, string>
  /** The step the sentence is about (its assumptions are shown with it). */
  step: IrsaStep
}

/** A value for a sentence: lists joined, nothing as —. */
const list = (v: unknown) =>
  Array.isArray(v) ? v.map(String).join(', ') : v === undefined ? '—' : String(v)

/** The failing step to explain: a failed trust condition beats its statement and the summary. */
export function failingStep(trace: IrsaTrace): IrsaStep | undefined {
  const failed = trace.steps.filter((s) => s.status === 'fail')
  return failed.find((s) => s.name === 'trust.condition') ?? failed[0]
}

/** The claim whose absence stopped the chain: the engine's sts.claim.missing finding says which. */
function missingClaim(trace: IrsaTrace): string | undefined {
  const claim = trace.findings.find((f) => f.code === 'sts.claim.missing')?.data?.claim
  return typeof claim === 'string' ? claim : undefined
}

function timeWhy(trace: IrsaTrace, step: IrsaStepNamed<'jwt.time'>): Omit<Why, 'step'> {
  const checks = step.data?.checks ?? []
  const exp = checks.find((c) => c.claim === 'exp')
  const now = step.data?.now
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
  const notInteger = checks.find((c) => c.notInteger)
  if (notInteger) return { key: 'notInteger', values: { claim: notInteger.claim } }
  return { key: 'notYetValid', values: {} }
}

function explainStep(trace: IrsaTrace, step: IrsaStep): Omit<Why, 'step'> {
  const claim = missingClaim(trace)
  switch (step.name) {
    case 'sdk.credential-chain': {
      // Without web identity the SDK fell back to the node role: the call ran as that role.
      const arn = step.data?.nodeSessionArn
      return arn !== undefined
        ? { key: 'nodeRole', values: { arn } }
        : { key: 'noWebIdentity', values: {} }
    }
    case 'sts.request':
      return trace.findings.some((f) => f.code === 'sts.request.invalid-arn')
        ? { key: 'invalidArn', values: { arn: step.data?.roleArn ?? '' } }
        : { key: 'validation', values: {} }
    case 'sts.token':
      return { key: 'malformedToken', values: {} }
    case 'iam.provider':
      return claim
        ? { key: 'missingClaim', values: { claim } }
        : {
            key: 'noProvider',
            values: { issuer: String(step.data?.issuer), arn: String(step.data?.expectedArn) },
          }
    case 'sts.audience':
      return claim
        ? { key: 'missingClaim', values: { claim } }
        : { key: 'audience', values: { aud: list(step.data?.audiences) } }
    case 'oidc.discovery':
      return {
        key: 'discovery',
        values: { issuer: (step.data?.url ?? '').replace(/\/\.well-known.*$/, '') },
      }
    case 'oidc.jwks':
      return { key: 'jwksEmpty', values: {} }
    case 'jwt.key':
      return { key: 'keyNotFound', values: { kid: String(step.data?.kid ?? '—') } }
    case 'jwt.signature':
      return { key: 'signature', values: {} }
    case 'jwt.time':
      return timeWhy(trace, step)
    case 'iam.role': {
      const d = step.data
      if (d?.iamError !== undefined)
        return {
          key: 'trustPolicyTooLarge',
          values: { size: String(d.trustPolicySize), quota: String(d.quota) },
        }
      return { key: 'roleNotFound', values: { arn: d?.arn ?? '—' } }
    }
    case 'sts.duration':
      return {
        key: 'duration',
        values: { requested: String(step.data?.requested), max: String(step.data?.max) },
      }
    case 'api.call':
      return {
        key: 'apiDenied',
        values: { action: String(step.data?.action), decision: String(step.data?.decision) },
      }
    case 'trust.condition': {
      const d = step.data
      return {
        key: 'trustCondition',
        values: {
          operator: String(d?.operator),
          key: String(d?.key),
          want: list((d?.values ?? []).map((v) => v.value)),
          got: list(d?.requestValues),
        },
      }
    }
    case 'trust.statement':
    case 'trust.evaluate': {
      const deny = findStep(trace.steps, 'trust.evaluate')?.data?.decision === 'ExplicitDeny'
      return { key: deny ? 'trustDeny' : 'trustNoStatement', values: {} }
    }
  }
  return { key: 'generic', values: { title: step.title } }
}

/** Why the run failed (or why the API call was denied), or undefined when nothing failed. */
export function explainFailure(trace: IrsaTrace): Why | undefined {
  const step = failingStep(trace)
  return step ? { ...explainStep(trace, step), step } : undefined
}
