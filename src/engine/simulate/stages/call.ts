/**
 * The credentials at work: the API call (the blog post's S3 photo upload) is checked against the
 * role's permission policies with the same evaluator as the trust policy.
 *
 * Two traps real users hit are modelled here:
 * - A role that assumes itself (sts:AssumeRole on its own ARN): since 2022 IAM no longer trusts a
 *   role implicitly for itself; its trust policy must name the role's ARN (AWS Security Blog,
 *   "Announcing an update to IAM role trust policy behavior", 2022-09-21). An IRSA trust policy
 *   names only the OIDC provider, so the call is denied.
 * - No web identity in the pod: the SDK's chain falls back to the node's instance role (IMDS),
 *   so the call runs as the node role and its AccessDenied names that role (see sdkStage).
 */
import { stated } from '../../assumptions'
import { evaluatePermissions, evaluatePolicy } from '../../iam'
import { memoizeByParts, type KeyPart } from '../../memo'
import { STS_FINDINGS } from '../../sts/findings'
import { stageStep, type Stage, type WithNeeds } from '../pipeline'
import type { PolicyDecisionKind, PolicyRequest } from '../../types'
import type { RunContext } from '../context'
import type { IrsaStepData } from '../../steps'

/** Policy evaluation is pure: the same policies and request give the same decision. */
const evaluatePermissionsCached = memoizeByParts(
  (_key: readonly KeyPart[], policies: string[], request: PolicyRequest) =>
    evaluatePermissions(policies, request),
  (key) => key,
  16,
)

/** The operation name the CLI prints for an action, e.g. s3:PutObject → PutObject. */
const operationOf = (action: string) => action.slice(action.indexOf(':') + 1)

/** The role ARN of an assumed-role session ARN (kept for the last few: a re-run asks again). */
export const roleOfSession = memoizeByParts(
  (sessionArn: string) =>
    sessionArn.replace(
      /^arn:([^:]+):sts::(\d+):assumed-role\/([^/]+)\/.*/,
      'arn:$1:iam::$2:role/$3',
    ),
  (sessionArn) => [sessionArn],
  4,
)

/** The AccessDenied a service returns for an identity-policy denial (IAM User Guide, access denied messages). */
export function accessDenied(
  sessionArn: string,
  action: string,
  resource: string,
  decision: PolicyDecisionKind,
) {
  const why =
    decision === 'ExplicitDeny'
      ? `with an explicit deny in an identity-based policy`
      : `because no identity-based policy allows the ${action} action`
  return {
    code: 'AccessDenied',
    message: `User: ${sessionArn} is not authorized to perform: ${action} on resource: "${resource}" ${why}`,
    httpStatus: 403,
  }
}

type CallStage = Stage<RunContext, IrsaStepData, 'api.call', 'response' | 'role'>

export const callStage: CallStage = {
  id: 'api.call',
  kind: 'api.call',
  actor: 'sdk',
  to: 's3',
  title: 'The app calls AWS with the temporary credentials',
  needs: ['response', 'role'],
  // With the node-role fallback the SDK stage already made the call (as the node role).
  applies: (ctx) => ctx.scenario.call !== undefined && ctx.nodeFallback === undefined,
  run(ctx) {
    const call = ctx.scenario.call
    if (!call) return { steps: [] } // `applies` rules this out
    const sessionArn = ctx.response.AssumedRoleUser.Arn
    const roleArn = roleOfSession(sessionArn)
    const isSelfAssume = /^sts:assumerole$/i.test(call.action) && call.resource === roleArn
    if (isSelfAssume) return selfAssume(this, ctx, call, sessionArn, roleArn)
    const policies = ctx.role.input.permissionPolicies ?? []
    const request: PolicyRequest = {
      action: call.action,
      resource: call.resource,
      context: { 'aws:PrincipalArn': roleArn, ...call.context },
    }
    // Keyed by what the request is made of, not by stringifying it (a new string to build and
    // hash on every run); the call's extra context is small and rare: stringified when present.
    const result = evaluatePermissionsCached(
      [
        policies.length,
        ...policies,
        call.action,
        call.resource,
        roleArn,
        call.context === undefined ? undefined : JSON.stringify(call.context),
      ],
      policies,
      request,
    )
    ctx.call = { decision: result.decision, statements: result.statements }
    const allowed = result.decision === 'Allow'
    const error = allowed
      ? undefined
      : accessDenied(sessionArn, call.action, call.resource, result.decision)
    const step = stageStep(
      this,
      allowed ? 'pass' : 'fail',
      [{ source: 'permissionPolicy', pointer: '' }],
      {
        title: `${operationOf(call.action)} ${call.resource}`,
        detail: result.decision,
        data: { action: call.action, resource: call.resource, decision: result.decision, error },
      },
    )
    return { steps: [step], findings: result.findings }
  },
}

/** sts:AssumeRole on the role the session already is: the role's trust policy decides. */
function selfAssume(
  stage: CallStage,
  ctx: WithNeeds<RunContext, 'response' | 'role'>,
  call: { action: string; resource: string },
  sessionArn: string,
  roleArn: string,
) {
  const decision = evaluatePolicy(
    ctx.role.input.trustPolicy,
    {
      action: 'sts:AssumeRole',
      principal: { aws: roleArn },
      context: { 'aws:PrincipalArn': roleArn },
    },
    { source: 'trustPolicy' },
  )
  ctx.call = { decision: decision.decision, statements: decision.statements }
  const allowed = decision.decision === 'Allow'
  const error = allowed
    ? undefined
    : {
        code: 'AccessDenied',
        message: `User: ${sessionArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
        httpStatus: 403,
      }
  const step = stageStep(
    stage,
    allowed ? 'pass' : 'fail',
    [{ source: 'trustPolicy', pointer: '' }],
    {
      title: `${operationOf(call.action)} ${call.resource}`,
      detail: decision.decision,
      data: {
        action: call.action,
        resource: call.resource,
        decision: decision.decision,
        error,
        selfAssume: true,
      },
      ...stated('selfAssume'),
    },
  )
  const findings = allowed
    ? []
    : [
        STS_FINDINGS.make(
          'call.self-assume-not-trusted',
          'The role assumes itself, but its trust policy does not name the role: IAM stopped trusting a role for itself implicitly in 2022.',
          'trustPolicy',
          { pointer: '' },
        ),
      ]
  return { steps: [step], findings }
}
