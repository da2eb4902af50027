/**
 * The public entry of the policy language: parse + validate (+ lint for trust policies) + evaluate,
 * returning the contract's `PolicyDecision` (shared/spec/engine-api.md). Never throws on any input.
 */
import type { Finding, PolicyDecision, PolicyRequest } from '../types'
import { decide, evaluateStatements } from './evaluate'
import type { PolicySource } from './findings'
import { lintParsedTrustPolicy, type TrustLintOptions } from './lintTrustPolicy'
import type { ParsedPolicy, PolicyType } from './model'
import { parsePolicy } from './parse'
import { cachedPolicy, type CachedPolicy } from './policyCache'
import { normalizeContext } from './requestContext'
import { validatePolicy } from './validate'

/** Options of `evaluatePolicy`. */
export interface EvaluatePolicyOptions {
  /** Policy type by source; default: trust when `request.principal` is given, else permission. */
  source?: PolicySource
  /** Stamped on every finding, for sources holding several documents (permission policies). */
  documentIndex?: number
  /** For trust policies: the cluster's provider host/path, for the provider-mismatch lint. */
  providerHostPath?: TrustLintOptions['providerHostPath']
}

function analyse(
  input: unknown,
  type: PolicyType,
  source: PolicySource,
  lint: TrustLintOptions,
): CachedPolicy {
  const policy: ParsedPolicy = parsePolicy(input, source)
  const findings: Finding[] = [
    ...policy.syntaxFindings,
    ...validatePolicy(policy.root, type, source),
  ]
  if (type === 'trust') findings.push(...lintParsedTrustPolicy(policy, lint))
  return { policy, findings }
}

/** Parses, validates and lints a policy, through the text cache when given text. */
export function analysePolicy(
  input: unknown,
  source: PolicySource,
  lint: TrustLintOptions = {},
): CachedPolicy {
  const type: PolicyType = source === 'trustPolicy' ? 'trust' : 'identity'
  if (typeof input !== 'string') return analyse(input, type, source, lint)
  return cachedPolicy(input, type, lint.providerHostPath ?? '', () =>
    analyse(input, type, source, lint),
  )
}

function safeRequest(request: unknown): PolicyRequest {
  const r = request && typeof request === 'object' ? (request as Partial<PolicyRequest>) : {}
  const safe: PolicyRequest = {
    action: typeof r.action === 'string' ? r.action : '',
    context: r.context && typeof r.context === 'object' ? r.context : {},
  }
  if (typeof r.resource === 'string') safe.resource = r.resource
  if (r.principal && typeof r.principal === 'object') safe.principal = r.principal
  return safe
}

/**
 * Evaluates one policy (JSON text or value) against a request.
 *
 * @example
 * evaluatePolicy(trustPolicyText, {
 *   action: 'sts:AssumeRoleWithWebIdentity',
 *   principal: { federated: 'arn:aws:iam::123456789012:oidc-provider/oidc.eks…/id/…' },
 *   context: buildWebIdentityContext(claims, issuer),
 * }).decision // 'Allow'
 */
export function evaluatePolicy(
  policy: string | object,
  request: PolicyRequest,
  options: EvaluatePolicyOptions = {},
): PolicyDecision {
  const safe = safeRequest(request)
  const source: PolicySource =
    options.source === 'trustPolicy' || options.source === 'permissionPolicy'
      ? options.source
      : safe.principal
        ? 'trustPolicy'
        : 'permissionPolicy'
  const analysed = analysePolicy(policy, source, { providerHostPath: options.providerHostPath })
  const type: PolicyType = source === 'trustPolicy' ? 'trust' : 'identity'
  const statements = evaluateStatements(analysed.policy, safe, normalizeContext(safe.context), type)
  const findings = analysed.findings.map((finding) =>
    options.documentIndex === undefined
      ? { ...finding }
      : { ...finding, documentIndex: options.documentIndex },
  )
  return { decision: decide(statements), statements, findings }
}
