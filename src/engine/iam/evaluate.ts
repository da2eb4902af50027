/**
 * Statement-by-statement evaluation of one parsed policy, with a full trace.
 *
 * Source: IAM User Guide, "Policy evaluation logic": an explicit Deny in any matching statement wins;
 * otherwise an Allow from a matching statement is needed; otherwise the request is implicitly denied.
 * A statement matches when its principal (trust policies), action, resource and every condition match
 * (operators ANDed, keys ANDed, values ORed). Every part is evaluated even after one fails, so the
 * trace can explain all of them.
 */
import type { PolicyDecisionKind, PolicyRequest, StatementTrace } from '../types'
import { evaluateCondition } from './conditions/evaluateCondition'
import type { ParsedPolicy, PolicyType } from './model'
import { matchAction, matchPrincipal, matchResource } from './matchElements'
import type { RequestContext } from './requestContext'

/** Evaluates every statement of a policy against the request. Never throws on any request. */
export function evaluateStatements(
  policy: ParsedPolicy,
  request: PolicyRequest,
  context: RequestContext,
  type: PolicyType,
): StatementTrace[] {
  const action = typeof request.action === 'string' ? request.action : ''
  const resource = typeof request.resource === 'string' ? request.resource : undefined
  return policy.statements.map((statement) => {
    const principal = matchPrincipal(statement.principal, request.principal, type === 'trust')
    const actionMatch = matchAction(statement.action, action)
    const resourceMatch = matchResource(
      statement.resource,
      resource,
      context,
      policy.variablesEnabled,
      type === 'identity',
    )
    const conditions = statement.conditions.map((entry) =>
      evaluateCondition(entry, context, policy.variablesEnabled),
    )
    const matched =
      statement.effect !== 'invalid' &&
      principal.matched !== false &&
      actionMatch.matched === true &&
      resourceMatch.matched !== false &&
      conditions.every((condition) => condition.matched)
    const trace: StatementTrace = {
      index: statement.index,
      pointer: statement.pointer,
      effect: statement.effect,
      matched,
      principal,
      action: actionMatch,
      resource: resourceMatch,
      conditions,
    }
    if (statement.sid !== undefined) trace.sid = statement.sid
    return trace
  })
}

/** Combines statement results: explicit Deny wins, then Allow, else implicit deny. */
export function decide(statements: readonly StatementTrace[]): PolicyDecisionKind {
  if (statements.some((s) => s.matched && s.effect === 'Deny')) return 'ExplicitDeny'
  if (statements.some((s) => s.matched && s.effect === 'Allow')) return 'Allow'
  return 'ImplicitDeny'
}
