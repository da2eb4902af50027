/**
 * The credentials at work: the API call is checked against the role's permission policies, with
 * the session tags as aws:PrincipalTag/… so attribute-based policies work (EKS User Guide pod-id-abac).
 */
import { evaluatePermissions } from '../../iam'
import { stageStep, type Stage, type WithNeeds } from '../../simulate/pipeline'
import { formatRoleArn } from '../../sts/arn'
import type { PolicyRequest } from '../../types'
import type { PodIdentityContext } from '../context'
import type { PodIdentityStepData } from '../../steps'

/** The request context of a call made with the Pod Identity session. */
export function callContext(
  ctx: WithNeeds<PodIdentityContext, 'role'>,
  call: NonNullable<PodIdentityContext['scenario']['call']>,
): PolicyRequest['context'] {
  const arn = ctx.role.arn
  const context: PolicyRequest['context'] = {
    'aws:PrincipalArn': formatRoleArn(arn),
    'aws:PrincipalAccount': arn.accountId,
    'aws:CurrentTime': ctx.nowIso,
    'aws:EpochTime': String(ctx.nowSeconds),
  }
  for (const [key, value] of Object.entries(ctx.sessionTags ?? {}))
    context[`aws:PrincipalTag/${key}`] = value
  return { ...context, ...call.context }
}

export const callStage: Stage<
  PodIdentityContext,
  PodIdentityStepData,
  'api.call',
  'role' | 'assumedRoleArn'
> = {
  id: 'api.call',
  kind: 'api.call',
  actor: 'sdk',
  to: 's3',
  title: 'The app calls AWS with the temporary credentials',
  needs: ['role', 'assumedRoleArn'],
  applies: (ctx) => ctx.scenario.call !== undefined,
  run(ctx) {
    const call = ctx.scenario.call
    if (!call) return { steps: [] } // `applies` rules this out
    const request: PolicyRequest = {
      action: call.action,
      resource: call.resource,
      context: callContext(ctx, call),
    }
    const result = evaluatePermissions(ctx.role.input.permissionPolicies ?? [], request)
    ctx.call = { decision: result.decision, statements: result.statements }
    const allowed = result.decision === 'Allow'
    const why =
      result.decision === 'ExplicitDeny'
        ? 'with an explicit deny in an identity-based policy'
        : `because no identity-based policy allows the ${call.action} action`
    const error = allowed
      ? undefined
      : {
          code: 'AccessDenied',
          message: `User: ${ctx.assumedRoleArn} is not authorized to perform: ${call.action} on resource: "${call.resource}" ${why}`,
          httpStatus: 403,
        }
    return {
      steps: [
        stageStep(this, allowed ? 'pass' : 'fail', [{ source: 'permissionPolicy', pointer: '' }], {
          title: `${call.action.slice(call.action.indexOf(':') + 1)} ${call.resource}`,
          detail: result.decision,
          data: {
            action: call.action,
            resource: call.resource,
            decision: result.decision,
            error,
            context: request.context,
          },
        }),
      ],
      findings: result.findings,
    }
  },
}
