/**
 * The credentials at work: the API call (the blog post's S3 photo upload) is checked against the
 * role's permission policies with the same evaluator as the trust policy.
 */
import { evaluatePermissions } from '../../iam'
import { memoizeByKey } from '../../memo'
import { stageStep, type Stage } from '../pipeline'
import type { PolicyRequest } from '../../types'
import type { RunContext } from '../context'

/** Policy evaluation is pure: the same policies and request give the same decision. */
const evaluatePermissionsCached = memoizeByKey(
  (_key: string, policies: string[], request: PolicyRequest) =>
    evaluatePermissions(policies, request),
  (key) => key,
  16,
)

/** The operation name the CLI prints for an action, e.g. s3:PutObject → PutObject. */
const operationOf = (action: string) => action.slice(action.indexOf(':') + 1)

export const callStage: Stage<RunContext> = {
  id: 'api.call',
  kind: 'api.call',
  actor: 'sdk',
  to: 's3',
  title: 'The app calls AWS with the temporary credentials',
  applies: (ctx) => ctx.scenario.call !== undefined,
  run(ctx) {
    const call = ctx.scenario.call!
    const sessionArn = ctx.response!.AssumedRoleUser.Arn
    const policies = ctx.role!.input.permissionPolicies ?? []
    const request: PolicyRequest = {
      action: call.action,
      resource: call.resource,
      context: {
        'aws:PrincipalArn': sessionArn.replace(
          /:sts::(\d+):assumed-role\/([^/]+)\/.*/,
          ':iam::$1:role/$2',
        ),
        ...call.context,
      },
    }
    const result = evaluatePermissionsCached(JSON.stringify([policies, request]), policies, request)
    ctx.call = { decision: result.decision, statements: result.statements }
    const allowed = result.decision === 'Allow'
    const why =
      result.decision === 'ExplicitDeny'
        ? `with an explicit deny in an identity-based policy`
        : `because no identity-based policy allows the ${call.action} action`
    const error = allowed
      ? undefined
      : {
          code: 'AccessDenied',
          message: `User: ${sessionArn} is not authorized to perform: ${call.action} on resource: "${call.resource}" ${why}`,
          httpStatus: 403,
        }
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
