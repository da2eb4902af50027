/**
 * The tour's automatic checks: pure functions of the trace (and the draft, for what the trace does
 * not carry). Each says whether the learner has done a stop's task; `baseline` says whether the
 * scenario is the working one a stop starts from.
 */
import type { Step, Trace } from '../../engine'
import type { ScenarioDraft } from '../../scenarios/draft'

/** Whether the learner did a stop's task, read from what the engine computed. */
export type TourCheck = (trace: Trace, draft: ScenarioDraft) => boolean

const step = (trace: Trace, id: string): Step | undefined => trace.steps.find((s) => s.id === id)

/** Seconds between the simulated instant and the credentials' expiry; undefined without them. */
export function credentialLifetime(trace: Trace): number | undefined {
  const expiration = trace.response?.Credentials.Expiration
  if (!expiration || !trace.now) return undefined
  const seconds = (Date.parse(expiration) - Date.parse(trace.now)) / 1000
  return Number.isFinite(seconds) ? Math.round(seconds) : undefined
}

/** The blog post's working scenario: credentials issued and the S3 upload allowed. */
export const baseline: TourCheck = (trace) =>
  trace.outcome === 'issued' && trace.call?.decision === 'Allow'

/** Stop 2: a two-hour session, which needs both the request and the role's maximum. */
export const longerSession: TourCheck = (trace) => (credentialLifetime(trace) ?? 0) >= 7200

/** Stop 3: a claim changed without re-signing; STS refuses the signature. */
export const signatureBroken: TourCheck = (trace) => step(trace, 'jwt.signature')?.status === 'fail'

/** Stop 4: the token's kid names no key the issuer publishes (a rotated or edited JWKS). */
export const keyNotFound: TourCheck = (trace) => step(trace, 'jwt.key')?.status === 'fail'

/** Stop 5: without the role-arn annotation the webhook injects nothing and the SDK finds nothing. */
export const webhookSkipped: TourCheck = (trace) =>
  step(trace, 'webhook.mutate')?.data?.skipped === true &&
  step(trace, 'sdk.credential-chain')?.status === 'fail'

/** Stop 6: a `:sub` condition no longer matches; IAM denies AssumeRoleWithWebIdentity. */
export const subMismatch: TourCheck = (trace) =>
  trace.error?.code === 'AccessDenied' &&
  trace.steps.some(
    (s) =>
      s.kind === 'trust.condition' &&
      s.status === 'fail' &&
      typeof s.data?.key === 'string' &&
      s.data.key.toLowerCase().endsWith(':sub'),
  )

/** Stop 7: credentials issued, but the permission policy no longer allows the upload. */
export const uploadDenied: TourCheck = (trace) =>
  trace.outcome === 'issued' &&
  trace.call !== undefined &&
  trace.call.decision !== 'Allow' &&
  step(trace, 'api.call')?.status === 'fail'
