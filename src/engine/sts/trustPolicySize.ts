/**
 * The role trust policy length limit IAM enforces when a trust policy is saved (CreateRole,
 * UpdateAssumeRolePolicy). Sources: IAM User Guide, "IAM and AWS STS quotas" (role trust policy
 * length: 2,048 characters by default, adjustable — the quota named ACLSizePerRole — up to 4,096;
 * IAM does not count white space); the error, verbatim from real runs:
 * "An error occurred (LimitExceeded) when calling the UpdateAssumeRolePolicy operation: Cannot
 * exceed quota for ACLSizePerRole: 2048" (apache/airflow#27331), HTTP 409 ("LimitExceeded: Cannot
 * exceed quota for ACLSizePerRole: 2048\n\tstatus code: 409", kubeflow/kubeflow#6687).
 */
import { ASSUMPTION_TEXTS } from '../assumptions'
import { memoizeByParts } from '../memo'

export const TRUST_POLICY_QUOTA = { default: 2048, max: 4096 } as const

export const TRUST_POLICY_SIZE_ASSUMPTION = ASSUMPTION_TEXTS.trustPolicySize

/** The error IAM returns when a trust policy longer than the quota is saved. */
export function trustPolicyLimitError(quota: number) {
  return {
    code: 'LimitExceeded',
    message: `Cannot exceed quota for ACLSizePerRole: ${quota}`,
    httpStatus: 409,
    operation: 'UpdateAssumeRolePolicy',
  } as const
}

/**
 * The policy's length as IAM counts it: without white space outside JSON strings. Text that is
 * not JSON is counted without any white space. A re-run measures the same text: the last few are
 * kept.
 */
export const trustPolicySize = memoizeByParts(countSize, (text: string) => [text], 8)

function countSize(text: string): number {
  let size = 0
  let inString = false
  let escaped = false
  for (const ch of text) {
    if (inString) {
      size++
      if (escaped) escaped = false
      else if (ch === '\\') escaped = true
      else if (ch === '"') inString = false
    } else if (!/\s/.test(ch)) {
      size++
      if (ch === '"') inString = true
    }
  }
  return size
}

/** The quota in force: the role's (clamped to 1…4096), else the default 2048. */
export function trustPolicyQuota(requested: unknown): number {
  return typeof requested === 'number' && Number.isInteger(requested) && requested > 0
    ? Math.min(requested, TRUST_POLICY_QUOTA.max)
    : TRUST_POLICY_QUOTA.default
}
