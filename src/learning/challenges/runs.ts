/**
 * Running the engine for a check: the draft itself, and variants of it in which someone else
 * presents a token to STS (minted with the scenario's cluster key, as `kubectl create token`
 * would) or the credentials make another API call.
 */
import { issueServiceAccountToken, type IrsaTrace, type Trace } from '../../engine'
import { decodeToken } from '../../engine/jwt'
import type { ScenarioDraft } from '../../scenarios/draft'
import { runDraft } from '../../scenarios/run'
import type { ChallengeContext, Criterion } from './types'

/** The trace of a draft, from the store's own path (scenarios/run.ts). */
export async function run(draft: ScenarioDraft): Promise<IrsaTrace> {
  return (await runDraft(draft)).trace
}

/** The claims of the draft's token that a check reads (absent when it cannot be decoded). */
export function tokenFacts(draft: ScenarioDraft) {
  const payload = decodeToken(draft.token).payload ?? {}
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)
  const aud = payload.aud
  const audiences = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud.map(String) : []
  const sub = typeof payload.sub === 'string' ? payload.sub : ''
  const [, , namespace = '', serviceAccount = ''] = sub.split(':')
  const iss = typeof payload.iss === 'string' ? payload.iss : draft.issuer
  return {
    sub,
    namespace,
    serviceAccount,
    audiences,
    iss,
    iat: num(payload.iat),
    exp: num(payload.exp),
  }
}

/** The scenario's clock in epoch seconds. */
export const nowSeconds = (draft: ScenarioDraft) => Math.floor(new Date(draft.now).getTime() / 1000)

/** ISO 8601 of epoch seconds. */
export const isoOf = (seconds: number) => new Date(seconds * 1000).toISOString()

export interface MintInput {
  namespace: string
  serviceAccount: string
  /** Default: the draft token's audiences, else sts.amazonaws.com. */
  audiences?: string[]
  /** Default: the draft token's lifetime, else an hour. */
  expirationSeconds?: number
  /** ISO 8601; default: the draft token's iat, else a minute before the scenario's clock. */
  issuedAt?: string
}

/** A token for any ServiceAccount, signed with the scenario's cluster key. */
export async function mintToken(
  draft: ScenarioDraft,
  key: NonNullable<ChallengeContext['key']>,
  input: MintInput,
): Promise<string> {
  const facts = tokenFacts(draft)
  const lifetime =
    facts.iat !== undefined && facts.exp !== undefined ? facts.exp - facts.iat : undefined
  return issueServiceAccountToken({
    issuer: facts.iss,
    namespace: input.namespace,
    serviceAccount: input.serviceAccount,
    audiences:
      input.audiences ?? (facts.audiences.length > 0 ? facts.audiences : ['sts.amazonaws.com']),
    expirationSeconds: input.expirationSeconds ?? (lifetime && lifetime >= 600 ? lifetime : 3600),
    now:
      input.issuedAt ??
      (facts.iat !== undefined ? isoOf(facts.iat) : isoOf(nowSeconds(draft) - 60)),
    key,
  })
}

/** Whether STS issues credentials to a token of `namespace:serviceAccount` for the draft's role. */
async function variantOutcome(
  draft: ScenarioDraft,
  ctx: ChallengeContext,
  namespace: string,
  serviceAccount: string,
): Promise<Trace['outcome'] | undefined> {
  if (!ctx.key) return undefined
  const token = await mintToken(draft, ctx.key, { namespace, serviceAccount })
  return (await run({ ...draft, token })).outcome
}

const subject = (namespace: string, serviceAccount: string) =>
  `system:serviceaccount:${namespace}:${serviceAccount}`

/** Criterion: a token of another ServiceAccount is refused. Without a cluster key it cannot hold. */
export async function othersDenied(
  draft: ScenarioDraft,
  ctx: ChallengeContext,
  namespace: string,
  serviceAccount: string,
): Promise<Criterion> {
  const outcome = await variantOutcome(draft, ctx, namespace, serviceAccount)
  if (outcome === undefined) return { key: 'needsKey', ok: false }
  return {
    key: 'otherDenied',
    values: { sub: subject(namespace, serviceAccount) },
    ok: outcome !== 'issued',
  }
}

/** Criterion: a token of this ServiceAccount gets credentials. */
export async function subjectIssued(
  draft: ScenarioDraft,
  ctx: ChallengeContext,
  namespace: string,
  serviceAccount: string,
): Promise<Criterion> {
  const outcome = await variantOutcome(draft, ctx, namespace, serviceAccount)
  if (outcome === undefined) return { key: 'needsKey', ok: false }
  return {
    key: 'subjectIssued',
    values: { sub: subject(namespace, serviceAccount) },
    ok: outcome === 'issued',
  }
}

/** Criterion: the draft as it is gets credentials. */
export const draftIssued = (trace: Trace): Criterion => ({
  key: 'issued',
  ok: trace.outcome === 'issued',
})
