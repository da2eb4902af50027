/**
 * Several permission (identity) policies attached to one role, evaluated together for one call.
 * Source: IAM User Guide, "Policy evaluation logic" → identity-based policies are combined: an explicit
 * Deny in any policy wins, otherwise one Allow in any policy suffices, otherwise implicit deny.
 */
import type { Finding, PolicyDecisionKind, PolicyRequest, StatementTrace } from '../types'
import { decide } from './evaluate'
import { evaluatePolicy } from './evaluatePolicy'

/** A statement trace with the index of the policy document it belongs to. */
export interface PermissionStatementTrace extends StatementTrace {
  documentIndex: number
}

/** The combined decision over every attached policy. */
export interface PermissionsDecision {
  decision: PolicyDecisionKind
  /** Every statement of every policy, in document order, each with its `documentIndex`. */
  statements: PermissionStatementTrace[]
  /** Findings of every policy, each with its `documentIndex`. */
  findings: Finding[]
}

/**
 * Evaluates a call against all permission policies of a role.
 *
 * @example
 * evaluatePermissions([s3Policy], { action: 's3:PutObject', resource: 'arn:aws:s3:::example-bucket/photo.jpg', context: {} })
 */
export function evaluatePermissions(
  policies: readonly (string | object)[],
  request: PolicyRequest,
): PermissionsDecision {
  const statements: PermissionStatementTrace[] = []
  const findings: Finding[] = []
  const list = Array.isArray(policies) ? policies : []
  list.forEach((policy, documentIndex) => {
    const result = evaluatePolicy(policy, request, { source: 'permissionPolicy', documentIndex })
    for (const statement of result.statements) statements.push({ ...statement, documentIndex })
    findings.push(...result.findings)
  })
  return { decision: decide(statements), statements, findings }
}
