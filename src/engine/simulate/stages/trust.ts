/**
 * IAM decides: the role, its trust policy evaluated condition by condition against the context STS
 * builds from the token, the session duration, and then the credentials (shared/spec §5.3 steps 6–7, §6).
 */
import { ASSUME_ROLE_WITH_WEB_IDENTITY, STS_LIMITS } from '../../constants'
import { buildWebIdentityContext, evaluatePolicy, providerKeyPrefix } from '../../iam'
import { formatRoleArn } from '../../sts/arn'
import { credentialsFor, formatCliTimestamp, roleIdFor } from '../../sts/credentials'
import { STS_ERRORS } from '../../sts/errors'
import { STS_FINDINGS } from '../../sts/findings'
import { trustPolicyLimitError, trustPolicyQuota, trustPolicySize } from '../../sts/trustPolicySize'
import { stated } from '../../assumptions'
import type { ConditionTrace, Step, StepRef } from '../../types'
import { memoizeByParts } from '../../memo'
import { stageStep, type Stage } from '../pipeline'
import type { PolicyRequest } from '../../types'
import type { RunContext } from '../context'
import type { IrsaStep, IrsaStepData, IrsaStepNamed } from '../../steps'

/** What the trust stage needs for one run: STS's request context and the policy's decision. */
interface TrustEvaluation {
  context: PolicyRequest['context']
  decision: ReturnType<typeof evaluatePolicy>
}

/**
 * The context STS builds and the policy's decision are pure functions of what the request is made
 * of: the policy text, the provider, the issuer, the decoded claims (by identity: decodeToken keeps
 * one object per token text, and nothing writes to it), the instant, the session name and the
 * matched audience. Keyed by those parts, a re-run after an edit elsewhere builds neither again;
 * stringifying the request was a new string to build and hash on every run. Both results are
 * shared by the traces that ask for them and never written to.
 */
const evaluateTrustCached = memoizeByParts(
  (
    trustPolicy: string,
    providerArn: string,
    issuer: string,
    payload: Record<string, unknown>,
    nowIso: string,
    roleSessionName: string,
    audience: string | undefined,
  ): TrustEvaluation => {
    const context = buildWebIdentityContext(payload, issuer, {
      roleSessionName,
      now: nowIso,
      ...(audience !== undefined ? { matchedAudience: audience } : {}),
    })
    const request: PolicyRequest = {
      action: ASSUME_ROLE_WITH_WEB_IDENTITY,
      principal: { federated: providerArn },
      context,
    }
    const decision = evaluatePolicy(trustPolicy, request, {
      source: 'trustPolicy',
      providerHostPath: providerKeyPrefix(issuer),
    })
    return { context, decision }
  },
  (...parts) => parts,
  16,
)

export const roleStage: Stage<RunContext, IrsaStepData, 'iam.role', 'roleArn'> = {
  id: 'iam.role',
  kind: 'iam.role-lookup',
  actor: 'sts',
  to: 'iam',
  title: 'STS finds the role and its trust policy',
  needs: ['roleArn'],
  run(ctx) {
    const arn = ctx.roleArn
    const index = ctx.scenario.aws.roles.findIndex(
      (r) => r.name === arn.name && (r.path ?? '/') === arn.path,
    )
    const refs: StepRef[] = [{ source: 'request', pointer: '/roleArn' }]
    if (index < 0) {
      return {
        steps: [
          stageStep(this, 'fail', refs, {
            detail: `No role ${formatRoleArn(arn)} in account ${arn.accountId}.`,
            data: { arn: formatRoleArn(arn), account: arn.accountId },
          }),
        ],
        findings: [
          STS_FINDINGS.make(
            'sts.role.not-found',
            `Account ${arn.accountId} has no role named ${arn.name} at path ${arn.path}.`,
            'request',
            {
              pointer: '/roleArn',
              data: { account: arn.accountId, name: arn.name, path: arn.path },
            },
          ),
        ],
        // STS does not reveal whether a role exists: a missing role reads like a trust failure.
        error: STS_ERRORS.accessDenied(),
      }
    }
    ctx.role = { index, input: ctx.scenario.aws.roles[index]! }
    // IAM refuses to save a trust policy over the ACLSizePerRole quota (sts/trustPolicySize.ts): a
    // role with this policy cannot exist, so the scenario cannot be simulated as written.
    const size = trustPolicySize(ctx.role.input.trustPolicy)
    const quota = trustPolicyQuota(ctx.role.input.trustPolicySizeQuota)
    if (size > quota) {
      const iamError = trustPolicyLimitError(quota)
      ctx.invalidInput = true
      return {
        steps: [
          stageStep(this, 'fail', [...refs, { source: 'trustPolicy', pointer: '' }], {
            detail: `An error occurred (${iamError.code}) when calling the ${iamError.operation} operation: ${iamError.message}`,
            data: { index, trustPolicySize: size, quota, iamError },
            ...stated('trustPolicySize'),
          }),
        ],
        findings: [
          STS_FINDINGS.make(
            'iam.trust-policy.too-large',
            `The trust policy has ${size} characters; IAM refuses more than ${quota} (LimitExceeded).`,
            'trustPolicy',
            { pointer: '', data: { size, quota } },
          ),
        ],
        halt: true,
      }
    }
    return {
      steps: [
        stageStep(this, 'pass', refs, {
          detail: formatRoleArn(arn),
          data: { index, arn: formatRoleArn(arn), trustPolicySize: size, quota },
        }),
      ],
    }
  },
}

const CLAIM_POINTERS: Record<string, string> = {
  sub: '/payload/sub',
  aud: '/payload/aud',
  amr: '/payload/amr',
  azp: '/payload/azp',
}

/** The token claim a web-identity condition key reads, for highlighting it in the token. */
function claimPointer(key: string): string | undefined {
  const claim = key.slice(key.lastIndexOf(':') + 1).toLowerCase()
  return Object.hasOwn(CLAIM_POINTERS, claim) ? CLAIM_POINTERS[claim] : undefined
}

function conditionStep(
  statementIndex: number,
  conditionIndex: number,
  condition: ConditionTrace,
): IrsaStepNamed<'trust.condition'> {
  const refs: StepRef[] = [{ source: 'trustPolicy', pointer: condition.pointer }]
  const claim = claimPointer(condition.key)
  if (claim) refs.push({ source: 'token', pointer: claim })
  return {
    id: `trust.condition.${statementIndex}.${conditionIndex}`,
    name: 'trust.condition',
    kind: 'trust.condition',
    actor: 'iam',
    status: condition.matched ? 'pass' : 'fail',
    title: `${condition.operator} ${condition.key}`,
    detail: condition.reason,
    refs,
    data: {
      operator: condition.operator,
      key: condition.key,
      requestValues: condition.requestValues,
      values: condition.values,
      reason: condition.reason,
    },
  }
}

/**
 * How `:aud` is filled when the token carries several audiences, and what `azp` does for a generic
 * OIDC provider, are not documented (spec §10): the simulation's choices, stated on the step.
 */
function contextAssumptions(payload: Record<string, unknown>) {
  const out: ('severalAudiencesContext' | 'azp')[] = []
  if (Array.isArray(payload.aud) && payload.aud.length > 1) out.push('severalAudiencesContext')
  if (typeof payload.azp === 'string') out.push('azp')
  return out
}

export const trustStage: Stage<
  RunContext,
  IrsaStepData,
  'trust.evaluate',
  'role' | 'request' | 'provider' | 'issuer'
> = {
  id: 'trust.evaluate',
  kind: 'trust.decision',
  actor: 'iam',
  title: 'IAM evaluates the role’s trust policy',
  needs: ['role', 'request', 'provider', 'issuer'],
  run(ctx) {
    const payload = ctx.token.payload ?? {}
    const { context, decision } = evaluateTrustCached(
      ctx.role.input.trustPolicy,
      ctx.provider.arn,
      ctx.issuer,
      payload,
      ctx.nowIso,
      ctx.request.roleSessionName,
      ctx.audience,
    )
    const allowed = decision.decision === 'Allow'
    const steps: IrsaStep[] = []
    for (const statement of decision.statements) {
      const denyMatched = statement.effect === 'Deny' && statement.matched
      const status: Step['status'] = denyMatched
        ? 'fail'
        : statement.matched
          ? 'pass'
          : allowed
            ? 'info'
            : 'fail'
      steps.push({
        id: `trust.statement.${statement.index}`,
        name: 'trust.statement',
        kind: 'trust.statement',
        actor: 'iam',
        status,
        title: `Statement ${statement.sid ?? statement.index} (${statement.effect})`,
        refs: [{ source: 'trustPolicy', pointer: statement.pointer }],
        data: {
          effect: statement.effect,
          // The statement's name in the title: its Sid, else its index.
          name: statement.sid ?? String(statement.index),
          matched: statement.matched,
          principal: statement.principal,
          action: statement.action,
        },
      })
      statement.conditions.forEach((condition, j) =>
        steps.push(conditionStep(statement.index, j, condition)),
      )
    }
    const summary = stageStep(
      this,
      allowed ? 'pass' : 'fail',
      [{ source: 'trustPolicy', pointer: '' }],
      {
        detail: decision.decision,
        data: { decision: decision.decision, context },
      },
    )
    const assumptions = contextAssumptions(payload)
    if (assumptions.length > 0) Object.assign(summary, stated(...assumptions))
    steps.push(summary)
    if (!allowed) {
      const finding = STS_FINDINGS.make(
        'sts.trust.denied',
        decision.decision === 'ExplicitDeny'
          ? 'A Deny statement of the trust policy matches this token.'
          : 'No statement of the trust policy allows this token.',
        'trustPolicy',
        {
          pointer: '',
          data: { variant: decision.decision === 'ExplicitDeny' ? 'explicitDeny' : 'noAllow' },
        },
      )
      return { steps, findings: [...decision.findings, finding], error: STS_ERRORS.accessDenied() }
    }
    return { steps, findings: decision.findings }
  },
}

export const durationStage: Stage<RunContext, IrsaStepData, 'sts.duration', 'request' | 'role'> = {
  id: 'sts.duration',
  kind: 'sts.duration',
  actor: 'sts',
  title: 'The session may not outlast the role’s maximum',
  needs: ['request', 'role'],
  run(ctx) {
    const requested = ctx.request.durationSeconds ?? STS_LIMITS.defaultDurationSeconds
    const max = ctx.role.input.maxSessionDuration ?? STS_LIMITS.defaultMaxSessionDuration
    const refs: StepRef[] = [{ source: 'request', pointer: '/durationSeconds' }]
    const data = { requested, max }
    const assumptions = stated('durationAfterTrust')
    if (requested > max) {
      return {
        steps: [
          stageStep(this, 'fail', refs, {
            detail: `${requested} s > ${max} s.`,
            data,
            ...assumptions,
          }),
        ],
        findings: [
          STS_FINDINGS.make(
            'sts.request.duration-exceeds-max',
            `DurationSeconds ${requested} exceeds the role's MaxSessionDuration ${max}.`,
            'request',
            { pointer: '/durationSeconds', data: { requested, max } },
          ),
        ],
        error: STS_ERRORS.durationExceedsMax(),
      }
    }
    return {
      steps: [
        stageStep(this, 'pass', refs, {
          detail: `${requested} s ≤ ${max} s.`,
          data,
          ...assumptions,
        }),
      ],
    }
  },
}

export const credentialsStage: Stage<
  RunContext,
  IrsaStepData,
  'sts.credentials',
  'request' | 'roleArn' | 'provider' | 'audience'
> = {
  id: 'sts.credentials',
  kind: 'sts.credentials',
  actor: 'sts',
  to: 'sdk',
  title: 'STS returns temporary credentials',
  needs: ['request', 'roleArn', 'provider', 'audience'],
  run(ctx) {
    const { request, roleArn: arn } = ctx
    const duration = request.durationSeconds ?? STS_LIMITS.defaultDurationSeconds
    const roleArn = formatRoleArn(arn)
    const credentials = credentialsFor(
      ctx.scenario.token,
      roleArn,
      request.roleSessionName,
      ctx.nowSeconds,
      duration,
    )
    const roleId = roleIdFor(roleArn)
    ctx.response = {
      Credentials: { ...credentials, Expiration: formatCliTimestamp(ctx.nowSeconds + duration) },
      SubjectFromWebIdentityToken: String(ctx.token.payload?.sub),
      AssumedRoleUser: {
        AssumedRoleId: `${roleId}:${request.roleSessionName}`,
        Arn: `arn:${arn.partition}:sts::${arn.accountId}:assumed-role/${arn.name}/${request.roleSessionName}`,
      },
      // The IAM OIDC provider's ARN, not the issuer URL: what real assume-role-with-web-identity
      // output prints (EKS best-practices guide, IRSA section; shared/spec §5.2).
      Provider: ctx.provider.arn,
      Audience: ctx.audience,
    }
    const step = stageStep(this, 'pass', [], {
      detail: `Valid until ${ctx.response.Credentials.Expiration}.`,
      data: {
        expiration: ctx.response.Credentials.Expiration,
        accessKeyId: credentials.AccessKeyId,
        provider: ctx.response.Provider,
      },
    })
    return { steps: [step] }
  },
}
