/**
 * Lint for role trust policies: the grammar and role-trust rules Access Analyzer reports, plus the
 * IRSA-specific mistakes of shared spec §9 (no `:sub` condition, namespace-wide wildcards, swapped
 * `:aud`/`:sub`, keys of another provider, claims STS does not expose, …).
 *
 * Sources: IAM User Guide, "IAM Access Analyzer policy check reference" ("Missing condition key for
 * oidc principal", "Mismatched action for principal", "Wildcard without like operator", "ForAllValues
 * with single valued key"); "Available keys for AWS web identity federation"; EKS User Guide,
 * "Configure a Kubernetes service account to assume an IAM role" (the canonical trust policy).
 */
import type { Finding } from '../types'
import { conditionValues, scalarValueText } from './conditions/evaluateCondition'
import { lookupOperator } from './conditions/registry'
import {
  ASSUME_ROLE_WITH_WEB_IDENTITY_LOWER,
  OIDC_CLAIM_KEYS,
  OIDC_PROVIDER_ARN,
  SERVICE_ACCOUNT_SUBJECT_PREFIX,
  SINGLE_VALUED_OIDC_CLAIMS,
  WEB_IDENTITY_ACTIONS,
} from './constants'
import { IAM_FINDINGS } from './findings'
import type { ParsedPolicy, PolicyStatement, PrincipalItem } from './model'
import { parsePolicy } from './parse'
import { createReporter, validatePolicy, type Reporter } from './validate'
import { compileGlob, matchGlob } from './wildcard'

/** Options of `lintTrustPolicy`. */
export interface TrustLintOptions {
  /** The cluster's provider as host/path, e.g. oidc.eks.ap-northeast-2.amazonaws.com/id/ABC… */
  providerHostPath?: string
}

/** Splits an OIDC condition key `<host/path>:<claim>` at its last colon. */
export function splitConditionKey(key: string): { prefix: string; claim: string } {
  const colon = key.lastIndexOf(':')
  return colon === -1
    ? { prefix: '', claim: key }
    : { prefix: key.slice(0, colon), claim: key.slice(colon + 1) }
}

/** A key prefix that names an identity provider (has a dot or a slash), not a service like `aws`. */
function isProviderPrefix(prefix: string): boolean {
  return prefix.includes('.') || prefix.includes('/')
}

const SUB_WITH_NAMESPACE = /^system:serviceaccount:[^:*?]+:/

function lintSubPattern(r: Reporter, value: string, pointer: string) {
  const wildcard = value.search(/[*?]/)
  if (wildcard === -1) return
  if (SUB_WITH_NAMESPACE.test(value.slice(0, wildcard))) {
    r.findings.push(
      IAM_FINDINGS.make(
        'trust.condition.sub-wildcard-service-accounts',
        `"${value}" lets every matching service account of the namespace assume the role.`,
        r.source,
        { pointer, data: { value } },
      ),
    )
  } else {
    r.findings.push(
      IAM_FINDINGS.make(
        'trust.condition.sub-wildcard-namespaces',
        `"${value}" matches service accounts in any namespace of the cluster.`,
        r.source,
        { pointer, data: { value } },
      ),
    )
  }
}

function lintConditionValues(
  r: Reporter,
  operatorName: string,
  claim: string | undefined,
  raw: unknown,
  keyPointer: string,
) {
  const parsed = lookupOperator(operatorName)
  const operator = parsed.operator
  if (!operator) return
  const isLike = operator.name === 'StringLike'
  const literalString = operator.family === 'String' && !operator.name.includes('Like')
  for (const { value, pointer } of conditionValues(raw, keyPointer)) {
    const text = scalarValueText(value)
    if (text === undefined) continue
    if (literalString && /[*?]/.test(text)) {
      r.findings.push(
        IAM_FINDINGS.make(
          'trust.condition.wildcard-without-like',
          `${operator.name} compares "${text}" literally; use StringLike for wildcards.`,
          r.source,
          { pointer, data: { operator: operator.name, value: text } },
        ),
      )
    }
    if (claim === 'aud' && text.startsWith(SERVICE_ACCOUNT_SUBJECT_PREFIX)) {
      r.findings.push(
        IAM_FINDINGS.make(
          'trust.condition.aud-sub-swapped',
          `"${text}" is a subject, but the key is :aud.`,
          r.source,
          { pointer, data: { variant: 'subjectInAud', value: text } },
        ),
      )
    }
    if (
      claim === 'sub' &&
      !text.startsWith('system:') &&
      !/[*?]/.test(text) &&
      /\.amazonaws\.com/.test(text)
    ) {
      r.findings.push(
        IAM_FINDINGS.make(
          'trust.condition.aud-sub-swapped',
          `"${text}" is an audience, but the key is :sub.`,
          r.source,
          { pointer, data: { variant: 'audienceInSub', value: text } },
        ),
      )
    }
    if (claim === 'sub' && isLike) lintSubPattern(r, text, pointer)
  }
}

function isOidcProvider(item: PrincipalItem): string | undefined {
  return item.type === 'Federated' ? OIDC_PROVIDER_ARN.exec(item.value)?.[1] : undefined
}

function grantsWebIdentity(statement: PolicyStatement): boolean {
  const action = statement.action
  if (!action || action.negated) return false
  return action.items.some((item) =>
    matchGlob(compileGlob(item.value, true), ASSUME_ROLE_WITH_WEB_IDENTITY_LOWER),
  )
}

function lintStatement(r: Reporter, statement: PolicyStatement, options: TrustLintOptions) {
  const principal = statement.principal
  if (!principal || principal.negated) {
    statement.conditions.forEach((c) =>
      lintConditionValues(r, c.operator, undefined, c.raw, c.pointer),
    )
    return
  }
  const providers = new Map<string, PrincipalItem>()
  for (const item of principal.items) {
    const hostPath = isOidcProvider(item)
    if (hostPath) providers.set(hostPath.toLowerCase(), item)
    if (hostPath && options.providerHostPath && hostPath !== options.providerHostPath) {
      r.report(
        'trust.principal.provider-mismatch',
        `The role trusts provider ${hostPath}, not the cluster's ${options.providerHostPath}.`,
        item.pointer,
      )
    }
  }
  if (grantsWebIdentity(statement)) {
    for (const item of principal.items) {
      if (item.type !== '*' && item.value !== '*' && !isOidcProvider(item)) {
        r.report(
          'trust.principal.not-oidc-provider',
          `"${item.value}" is not an IAM OIDC provider ARN.`,
          item.pointer,
        )
      }
    }
  }
  if (providers.size > 0 && statement.action && !statement.action.negated) {
    for (const item of statement.action.items) {
      const allowed =
        (WEB_IDENTITY_ACTIONS as readonly string[]).some(
          (a) => a.toLowerCase() === item.value.toLowerCase(),
        ) || matchGlob(compileGlob(item.value, true), ASSUME_ROLE_WITH_WEB_IDENTITY_LOWER)
      if (!allowed) {
        r.report(
          'trust.action.mismatch',
          `${item.value} is invalid with an OIDC provider principal: use sts:AssumeRoleWithWebIdentity.`,
          item.pointer,
        )
      }
    }
  }

  const claimsSeen = new Map<string, Set<string>>() // provider → claims with a positive condition
  for (const condition of statement.conditions) {
    const { prefix, claim } = splitConditionKey(condition.key)
    const provider = providers.has(prefix.toLowerCase()) ? prefix.toLowerCase() : undefined
    const claimLower = claim.toLowerCase()
    const parsed = lookupOperator(condition.operator)
    if (providers.size > 0 && !provider && isProviderPrefix(prefix)) {
      r.report(
        'trust.condition.key-prefix-mismatch',
        `"${prefix}" is not the provider this statement trusts: the key is absent from the request.`,
        condition.pointer,
      )
    }
    if (provider && !(OIDC_CLAIM_KEYS as readonly string[]).includes(claimLower)) {
      r.report(
        'trust.condition.unsupported-claim',
        `STS does not expose the claim "${claim}" as a condition key: it is always absent.`,
        condition.pointer,
      )
    }
    if (
      provider &&
      parsed.setOperator &&
      (SINGLE_VALUED_OIDC_CLAIMS as readonly string[]).includes(claimLower)
    ) {
      r.report(
        'trust.condition.set-operator-single-valued',
        `${parsed.setOperator} is for multivalued keys; :${claim} holds one value.`,
        condition.pointer,
      )
    }
    if (
      provider &&
      parsed.operator &&
      !parsed.operator.negated &&
      parsed.operator.family !== 'Null'
    ) {
      const set = claimsSeen.get(provider) ?? new Set<string>()
      set.add(claimLower)
      claimsSeen.set(provider, set)
    }
    lintConditionValues(
      r,
      condition.operator,
      provider ? claimLower : undefined,
      condition.raw,
      condition.pointer,
    )
  }

  if (statement.effect !== 'Allow') return
  const conditionPointer = `${statement.pointer}/Condition`
  for (const [provider, item] of providers) {
    const claims = claimsSeen.get(provider)
    const anyKey = statement.conditions.some(
      (c) => splitConditionKey(c.key).prefix.toLowerCase() === provider,
    )
    if (!anyKey) {
      r.report(
        'trust.oidc.missing-condition',
        `Using an OIDC principal without a condition on its keys can be overly permissive.`,
        item.pointer,
      )
      continue
    }
    if (!claims?.has('sub')) {
      r.report(
        'trust.oidc.missing-sub',
        `No :sub condition: any service account of the cluster can assume the role.`,
        conditionPointer,
      )
    }
    if (!claims?.has('aud')) {
      r.report(
        'trust.oidc.missing-aud',
        `No :aud condition: add ":aud": "sts.amazonaws.com".`,
        conditionPointer,
      )
    }
  }
}

/** The IRSA lint of an already parsed policy (without grammar findings). */
export function lintParsedTrustPolicy(
  policy: ParsedPolicy,
  options: TrustLintOptions = {},
): Finding[] {
  const r = createReporter(policy.source)
  for (const statement of policy.statements) lintStatement(r, statement, options)
  return r.findings
}

/**
 * Lints a role trust policy: syntax errors, grammar and role-trust rules, and the IRSA checks. Each
 * finding has a code and a JSON pointer (syntax errors a text position). Never throws.
 *
 * @example
 * lintTrustPolicy(text, { providerHostPath: 'oidc.eks.ap-northeast-2.amazonaws.com/id/ABC' })
 */
export function lintTrustPolicy(
  policy: string | object,
  options: TrustLintOptions = {},
): Finding[] {
  const parsed = parsePolicy(policy, 'trustPolicy')
  return [
    ...parsed.syntaxFindings,
    ...validatePolicy(parsed.root, 'trust', 'trustPolicy'),
    ...lintParsedTrustPolicy(parsed, options),
  ]
}
