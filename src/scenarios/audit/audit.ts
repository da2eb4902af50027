/**
 * The account audit: for every role, who can assume it (the engine's exact subject set) and what is
 * risky or broken about it. Findings and their severities:
 *
 * - high `audit.principal.wildcard`: `"Principal": "*"` for web identity — any provider's tokens.
 * - high `audit.sub.missing`: no condition narrows `:sub` — every ServiceAccount of the cluster
 *   (EKS User Guide, "Configure a Kubernetes service account to assume an IAM role": scope the
 *   trust policy with `:sub`).
 * - high `audit.sub.any-namespace`: a `StringLike` `:sub` pattern that matches service accounts of
 *   any namespace.
 * - medium `audit.sub.namespace-wide`: a pattern that matches every ServiceAccount of a namespace.
 * - medium `audit.sub.wildcard-equals`: `StringEquals` with `*`/`?` in `:sub` — compared literally
 *   (IAM User Guide, "Condition operators"), so no real subject matches: the role is unusable.
 * - medium `audit.aud.missing`: no `:aud` condition (the EKS trust policy pins `sts.amazonaws.com`).
 * - medium `audit.provider.not-in-account`: the trusted provider does not exist in the account
 *   (STS: "No OpenIDConnect provider found"). Checked only when the providers were given.
 * - medium `audit.policy.size-over-limit` / low `audit.policy.size-near-limit`: trust policy length
 *   (whitespace excluded) over / within 10 % of the default 2,048-character quota ("IAM and AWS STS
 *   quotas": role trust policy length; raisable to 4,096).
 * - medium `audit.policy.unreadable`: the trust policy is not a JSON object.
 * - low `audit.access.conditional`: other conditions also decide (listed in `requires`).
 */
import { subjectSet, patternMatches, type AccessEntry } from '../../engine'
import { parsePolicy } from '../../engine/iam'
import { lookupOperator } from '../../engine/iam'
import type {
  AccountInput,
  AuditFinding,
  AuditFindingCode,
  AuditReport,
  AuditRole,
  AuditSeverity,
  ProviderInput,
  RoleInput,
} from './types'

/** Default quota "Role trust policy length" (IAM and AWS STS quotas). */
export const TRUST_POLICY_LIMIT = 2048
const NEAR_LIMIT = Math.floor(TRUST_POLICY_LIMIT * 0.9)
const SA_PREFIX = 'system:serviceaccount:'
/** Names no real pattern names on purpose: a pattern matching them matches "any". */
const ANY_NAMESPACE = 'zz-any-namespace-9'
const ANY_NAME = 'zz-any-name-9'

const SEVERITY: Record<AuditFindingCode, AuditSeverity> = {
  'audit.principal.wildcard': 'high',
  'audit.sub.missing': 'high',
  'audit.sub.any-namespace': 'high',
  'audit.sub.namespace-wide': 'medium',
  'audit.sub.wildcard-equals': 'medium',
  'audit.aud.missing': 'medium',
  'audit.provider.not-in-account': 'medium',
  'audit.policy.size-over-limit': 'medium',
  'audit.policy.size-near-limit': 'low',
  'audit.policy.unreadable': 'medium',
  'audit.access.conditional': 'low',
}

const RISK: Record<AuditSeverity, number> = { high: 3, medium: 2, low: 1 }

const MESSAGES: Record<AuditFindingCode, (d: AuditFinding['data']) => string> = {
  'audit.principal.wildcard': () =>
    'The trust policy allows "Principal": "*" to call AssumeRoleWithWebIdentity: tokens of any identity provider in the account can assume it.',
  'audit.sub.missing': (d) =>
    `No condition on ${d.provider}:sub: every service account of the cluster can assume this role.`,
  'audit.sub.any-namespace': (d) =>
    `The :sub pattern ${d.pattern} matches service accounts in any namespace.`,
  'audit.sub.namespace-wide': (d) =>
    `The :sub pattern ${d.pattern} matches every service account of namespace ${d.namespace}.`,
  'audit.sub.wildcard-equals': (d) =>
    `StringEquals compares ${d.value} literally: no service account matches (use StringLike for a wildcard).`,
  'audit.aud.missing': (d) =>
    `No condition on ${d.provider}:aud (the EKS trust policy requires sts.amazonaws.com).`,
  'audit.provider.not-in-account': (d) =>
    `The trusted OIDC provider ${d.provider} is not in the account: STS answers "No OpenIDConnect provider found".`,
  'audit.policy.size-over-limit': (d) =>
    `The trust policy is ${d.length} characters (whitespace excluded), over the default ${d.limit}-character quota.`,
  'audit.policy.size-near-limit': (d) =>
    `The trust policy is ${d.length} characters (whitespace excluded), near the default ${d.limit}-character quota: a few more subjects will not fit.`,
  'audit.policy.unreadable': () => 'The trust policy is not a JSON object and cannot be analysed.',
  'audit.access.conditional': () =>
    'Other conditions (not on :sub or :aud) also decide who can assume this role; they are listed under requires.',
}

function finding(code: AuditFindingCode, data: AuditFinding['data'] = {}): AuditFinding {
  return { code, severity: SEVERITY[code], message: MESSAGES[code](data), data }
}

const allStars = (pattern: string) => pattern.length > 0 && /^\*+$/.test(pattern)

/** `ns:name` for a ServiceAccount subject pattern, else the pattern as written. */
export function serviceAccountOf(pattern: string): string {
  return pattern.startsWith(SA_PREFIX) ? pattern.slice(SA_PREFIX.length) : pattern
}

function subFindings(entry: AccessEntry, out: AuditFinding[]) {
  for (const pattern of entry.sub.match) {
    if (allStars(pattern)) {
      out.push(finding('audit.sub.missing', { provider: entry.provider }))
      continue
    }
    const anyNamespace = `${SA_PREFIX}${ANY_NAMESPACE}:${ANY_NAME}`
    if (patternMatches(pattern, anyNamespace)) {
      out.push(finding('audit.sub.any-namespace', { provider: entry.provider, pattern }))
      continue
    }
    if (pattern.startsWith(SA_PREFIX)) {
      const namespace = pattern.slice(SA_PREFIX.length).split(':')[0]!
      if (
        !/[*?]/.test(namespace) &&
        patternMatches(pattern, `${SA_PREFIX}${namespace}:${ANY_NAME}`)
      ) {
        out.push(
          finding('audit.sub.namespace-wide', { provider: entry.provider, pattern, namespace }),
        )
      }
    }
  }
  if (entry.aud.match.some(allStars))
    out.push(finding('audit.aud.missing', { provider: entry.provider }))
}

function wildcardEquals(root: unknown, out: AuditFinding[]) {
  const policy = parsePolicy(root, 'trustPolicy')
  for (const statement of policy.statements) {
    for (const condition of statement.conditions) {
      if (!condition.key.toLowerCase().endsWith(':sub')) continue
      if (lookupOperator(condition.operator).operator?.name !== 'StringEquals') continue
      const values = Array.isArray(condition.raw) ? condition.raw : [condition.raw]
      for (const value of values)
        if (typeof value === 'string' && /[*?]/.test(value))
          out.push(finding('audit.sub.wildcard-equals', { value, pointer: condition.pointer }))
    }
  }
}

function unique(findings: AuditFinding[]): AuditFinding[] {
  const seen = new Set<string>()
  return findings.filter((f) => {
    const key = f.message
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** The analysis of one role. Never throws. */
export function auditRole(
  role: RoleInput,
  providers: ReadonlyMap<string, ProviderInput> | undefined,
): AuditRole {
  const findings: AuditFinding[] = []
  let root: unknown
  try {
    root = JSON.parse(role.trustPolicy)
  } catch {
    root = undefined
  }
  const readable = typeof root === 'object' && root !== null && !Array.isArray(root)
  if (!readable) findings.push(finding('audit.policy.unreadable'))
  const subjects = readable ? subjectSet(root) : { principals: [], entries: [] }
  for (const entry of subjects.entries) {
    if (entry.principal === '*') findings.push(finding('audit.principal.wildcard'))
    else if (providers && !providers.has(entry.provider.toLowerCase()))
      findings.push(finding('audit.provider.not-in-account', { provider: entry.provider }))
    subFindings(entry, findings)
    if (entry.requires?.length) findings.push(finding('audit.access.conditional'))
  }
  if (readable) {
    wildcardEquals(root, findings)
    const length = JSON.stringify(root).length
    if (length > TRUST_POLICY_LIMIT)
      findings.push(finding('audit.policy.size-over-limit', { length, limit: TRUST_POLICY_LIMIT }))
    else if (length >= NEAR_LIMIT)
      findings.push(finding('audit.policy.size-near-limit', { length, limit: TRUST_POLICY_LIMIT }))
  }
  const sorted = unique(findings).sort((a, b) => RISK[b.severity] - RISK[a.severity])
  return {
    arn: role.arn,
    name: role.name,
    trustPolicy: role.trustPolicy,
    subjects,
    serviceAccounts: [
      ...new Set(subjects.entries.flatMap((e) => e.sub.match.map(serviceAccountOf))),
    ],
    providers: [...new Set(subjects.entries.map((e) => e.provider))],
    findings: sorted,
    risk: sorted.length ? RISK[sorted[0]!.severity] : 0,
  }
}

/** Providers by lower-cased host/path; undefined when none were given (not checked then). */
export function providerIndex(
  providers: readonly ProviderInput[],
): Map<string, ProviderInput> | undefined {
  if (providers.length === 0) return undefined
  return new Map(providers.map((p) => [p.hostPath.toLowerCase(), p]))
}

/** Risky first: highest severity, then most findings, then name. */
export function compareRisk(a: AuditRole, b: AuditRole): number {
  return b.risk - a.risk || b.findings.length - a.findings.length || a.name.localeCompare(b.name)
}

/**
 * Audits every role of an account input.
 *
 * @example
 * const report = auditAccount(mergeAccountInputs([readAccountInput(authDetails), readAccountInput(providers)]))
 * report.roles[0] // the riskiest role
 */
export function auditAccount(input: AccountInput): AuditReport {
  const providers = providerIndex(input.providers)
  const roles = input.roles.map((role) => auditRole(role, providers)).sort(compareRisk)
  return { roles, providersKnown: providers !== undefined, problems: input.problems }
}
