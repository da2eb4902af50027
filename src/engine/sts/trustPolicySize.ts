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
  // Char codes rather than `for…of` and a regular expression per character: a megabyte pasted
  // into the trust policy is counted on every run (a third of the trust-policy fuzz slot's time).
  // A surrogate pair is one character, as `for…of` counts it (trustPolicySize.test.ts compares).
  let size = 0
  let inString = false
  let escaped = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
    }
    if (inString) {
      size++
      if (escaped) escaped = false
      else if (code === BACKSLASH) escaped = true
      else if (code === QUOTE) inString = false
    } else if (!isWhiteSpace(code)) {
      size++
      if (code === QUOTE) inString = true
    }
  }
  return size
}

const QUOTE = 0x22
const BACKSLASH = 0x5c

/**
 * JavaScript's `\s` (WhiteSpace and LineTerminator: tab, LF, VT, FF, CR, space, the Unicode space
 * separators and U+FEFF), the white space the size leaves out.
 */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** The quota in force: the role's (clamped to 1…4096), else the default 2048. */
export function trustPolicyQuota(requested: unknown): number {
  return typeof requested === 'number' && Number.isInteger(requested) && requested > 0
    ? Math.min(requested, TRUST_POLICY_QUOTA.max)
    : TRUST_POLICY_QUOTA.default
}
