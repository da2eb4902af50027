/**
 * Who can assume a role: the exact set of web identities (provider, `sub`, `aud`) a trust policy
 * admits through `sts:AssumeRoleWithWebIdentity`, computed from the policy's statements rather than
 * by trying tokens. `admits()` (same folder) is checked against `evaluatePolicy` on generated
 * policies and identities (subjectSet.property.test.ts).
 *
 * Semantics follow the evaluator (../evaluate.ts, ../conditions/evaluateCondition.ts), for a token
 * that carries one non-empty `sub` and one non-empty `aud` (an IRSA token always does, and STS
 * needs both: the audience must equal one of the provider's client IDs):
 * - an Allow statement admits a provider when its Principal, Action and Resource match; each
 *   condition on `<provider>:sub`/`:aud` narrows the claim (`StringEquals`/`StringLike` and their
 *   `ForAnyValue:`/`ForAllValues:`/`IfExists` forms: must match; `StringNotEquals`/`StringNotLike`:
 *   must not; `Null`: present);
 * - a condition on another provider's claim key sees an absent key (positive operators fail,
 *   negated ones hold) — IAM User Guide, "Condition operators" on absent keys;
 * - any other condition (other keys, `IgnoreCase`, non-string operators, policy variables) is
 *   listed in `requires`: it decides too, but on facts outside the claims;
 * - an explicit Deny (IAM User Guide, "Policy evaluation logic") is subtracted exactly when it
 *   depends only on the claims, else listed as an `unless-denied` requirement.
 */
import { conditionValues, scalarValueText } from '../conditions/evaluateCondition'
import { isValidCombination, lookupOperator } from '../conditions/registry'
import {
  ASSUME_ROLE_WITH_WEB_IDENTITY_LOWER,
  OIDC_CLAIM_KEYS,
  OIDC_PROVIDER_ARN,
  SAML_PROVIDER_ARN,
} from '../constants'
import { matchAction, matchPrincipal, matchResource } from '../matchElements'
import type { ConditionEntry, ParsedPolicy, PolicyStatement } from '../model'
import { parsePolicy } from '../parse'
import { normalizeContext } from '../requestContext'
import { resolveVariables } from '../variables'
import { literalPattern, patternLiteral, patternMatches, piecesToPattern } from './pattern'
import type { AccessEntry, AccessRequirement, PatternSet, SubjectSet } from './types'

const EMPTY_CONTEXT = normalizeContext({})
/** Deny expansion stops here (each Deny can double the entries). */
export const MAX_ENTRIES = 256
/** A real policy variable (not one of the escapes `${*}`, `${?}`, `${$}`). */
const REAL_VARIABLE = /\$\{\s*[^*?$\s}]/

/** The condition-key prefix of a `Federated` principal: an OIDC ARN's host/path, else the value. */
export function principalPrefix(principal: string): string | undefined {
  const oidc = OIDC_PROVIDER_ARN.exec(principal)
  if (oidc) return oidc[1]!
  if (SAML_PROVIDER_ARN.test(principal) || principal === '*' || principal === '') return undefined
  return principal
}

/** Conjunction of OR-groups, minus `except`. No groups: any value. */
interface Constraint {
  groups: string[][]
  except: string[]
}

interface Clause {
  sub: Constraint
  aud: Constraint
  requires: AccessRequirement[]
}

const anyValue = (): Constraint => ({ groups: [], except: [] })

function keyKind(key: string, prefix: string | undefined): 'sub' | 'aud' | 'absent' | 'other' {
  const lower = key.toLowerCase()
  const colon = lower.lastIndexOf(':')
  if (colon === -1) return 'other'
  const keyPrefix = lower.slice(0, colon)
  const claim = lower.slice(colon + 1)
  if (!(OIDC_CLAIM_KEYS as readonly string[]).includes(claim) || !keyPrefix.includes('.'))
    return 'other'
  if (prefix === undefined || keyPrefix !== prefix.toLowerCase()) return 'absent'
  return claim === 'sub' ? 'sub' : claim === 'aud' ? 'aud' : 'other'
}

type ConditionEffect =
  | { kind: 'true' }
  | { kind: 'false' }
  | { kind: 'match'; patterns: string[] }
  | { kind: 'except'; patterns: string[] }
  | { kind: 'requires' }

/** What one condition on a present single-valued claim, or on an absent key, means. */
function conditionEffect(
  entry: ConditionEntry,
  present: boolean,
  variablesEnabled: boolean,
): ConditionEffect {
  const parsed = lookupOperator(entry.operator)
  const operator = parsed.operator
  if (!operator || !isValidCombination(parsed)) return { kind: 'false' }
  const values = conditionValues(entry.raw, entry.pointer)
  if (operator.family === 'Null') {
    let any = false
    for (const { value } of values) {
      const text = scalarValueText(value)
      if (text === undefined || typeof operator.compile(text, []) === 'string') continue
      const wantsAbsent = text.trim().toLowerCase() === 'true'
      if (wantsAbsent !== present) any = true
    }
    return { kind: any ? 'true' : 'false' }
  }
  if (!present) {
    if (parsed.setOperator === 'ForAllValues' || parsed.ifExists) return { kind: 'true' }
    if (parsed.setOperator === 'ForAnyValue') return { kind: 'false' }
    return { kind: operator.negated ? 'true' : 'false' }
  }
  const exact = operator.name === 'StringEquals' || operator.name === 'StringNotEquals'
  const like = operator.name === 'StringLike' || operator.name === 'StringNotLike'
  if (!exact && !like) return { kind: 'requires' }
  const patterns: string[] = []
  for (const { value } of values) {
    const text = scalarValueText(value)
    if (text === undefined) continue
    if (variablesEnabled && REAL_VARIABLE.test(text)) return { kind: 'requires' }
    const resolved = resolveVariables(text, EMPTY_CONTEXT, variablesEnabled)
    if (!resolved.ok) return { kind: 'requires' }
    patterns.push(exact ? literalPattern(resolved.text) : piecesToPattern(resolved.pieces))
  }
  if (operator.negated) return patterns.length ? { kind: 'except', patterns } : { kind: 'true' }
  return patterns.length ? { kind: 'match', patterns } : { kind: 'false' }
}

function requirement(entry: ConditionEntry): AccessRequirement {
  return {
    kind: 'condition',
    pointer: entry.pointer,
    operator: entry.operator,
    key: entry.key,
    values: conditionValues(entry.raw, entry.pointer).map(({ value }) => value),
  }
}

/** The statement's claim constraints for one provider, or undefined when it never applies. */
function statementClause(
  statement: PolicyStatement,
  policy: ParsedPolicy,
  principal: string | undefined,
  prefix: string | undefined,
): Clause | undefined {
  if (statement.effect === 'invalid') return undefined
  if (principal === undefined) {
    // Any provider not listed: only a `"Principal": "*"` statement applies.
    const element = statement.principal
    if (!element || element.negated || !element.valid) return undefined
    if (!element.items.some((item) => item.type === '*')) return undefined
  } else if (matchPrincipal(statement.principal, { federated: principal }, true).matched !== true) {
    return undefined
  }
  if (matchAction(statement.action, ASSUME_ROLE_WITH_WEB_IDENTITY_LOWER).matched !== true)
    return undefined
  const resource = matchResource(statement.resource, undefined, EMPTY_CONTEXT, false, false)
  if (resource.matched === false) return undefined
  const clause: Clause = { sub: anyValue(), aud: anyValue(), requires: [] }
  for (const entry of statement.conditions) {
    const kind = keyKind(entry.key, prefix)
    if (kind === 'other') {
      clause.requires.push(requirement(entry))
      continue
    }
    const effect = conditionEffect(entry, kind !== 'absent', policy.variablesEnabled)
    if (effect.kind === 'false') return undefined
    if (effect.kind === 'true') continue
    if (effect.kind === 'requires' || kind === 'absent') {
      clause.requires.push(requirement(entry))
      continue
    }
    const target = kind === 'sub' ? clause.sub : clause.aud
    if (effect.kind === 'match') target.groups.push(effect.patterns)
    else target.except.push(...effect.patterns)
  }
  return clause
}

const dedupe = (patterns: readonly string[]) => [...new Set(patterns)]

/** Folds literal groups; undefined when the constraint admits nothing. */
function normalize(constraint: Constraint): Constraint | undefined {
  const except = dedupe(constraint.except)
  if (except.some((p) => patternMatchesEverything(p))) return undefined
  const groups = constraint.groups.map(dedupe)
  if (groups.some((group) => group.length === 0)) return undefined
  const literalIndex = groups.findIndex((group) =>
    group.every((pattern) => patternLiteral(pattern) !== undefined),
  )
  if (literalIndex !== -1) {
    const kept = groups[literalIndex]!.filter((pattern) => {
      const value = patternLiteral(pattern)!
      return (
        groups.every(
          (group, i) => i === literalIndex || group.some((p) => patternMatches(p, value)),
        ) && !except.some((p) => patternMatches(p, value))
      )
    })
    if (kept.length === 0) return undefined
    return { groups: [kept], except: [] }
  }
  return { groups, except }
}

function patternMatchesEverything(pattern: string): boolean {
  return pattern.length > 0 && [...pattern].every((c) => c === '*')
}

function toPatternSet(constraint: Constraint): PatternSet {
  const [first, ...rest] = constraint.groups
  const set: PatternSet = { match: first ?? ['*'], except: constraint.except }
  if (rest.length) set.alsoMatch = rest
  return set
}

/** `entry` minus a Deny clause on the claims: a union of narrower entries. */
function subtract(entry: Clause, deny: Clause): Clause[] {
  const out: Clause[] = []
  for (const key of ['sub', 'aud'] as const) {
    const d = deny[key]
    for (const group of d.groups) {
      out.push({ ...entry, [key]: { ...entry[key], except: [...entry[key].except, ...group] } })
    }
    if (d.except.length) {
      out.push({ ...entry, [key]: { ...entry[key], groups: [...entry[key].groups, d.except] } })
    }
  }
  return out
}

interface Candidate {
  principal: string
  prefix: string | undefined
}

function candidates(policy: ParsedPolicy): {
  listed: Candidate[]
  wildcard: boolean
  mentioned: string[]
} {
  const listed = new Map<string, Candidate>()
  let wildcard = false
  const mentioned = new Set<string>()
  for (const statement of policy.statements) {
    for (const item of statement.principal?.items ?? []) {
      if (item.type === '*') wildcard = true
      if (item.type !== 'Federated') continue
      const prefix = principalPrefix(item.value)
      if (prefix !== undefined && !listed.has(item.value))
        listed.set(item.value, { principal: item.value, prefix })
    }
    for (const entry of statement.conditions) {
      const colon = entry.key.lastIndexOf(':')
      const prefix = colon === -1 ? '' : entry.key.slice(0, colon)
      if (keyKind(entry.key, prefix) === 'sub' || keyKind(entry.key, prefix) === 'aud')
        mentioned.add(prefix)
    }
  }
  return { listed: [...listed.values()], wildcard, mentioned: [...mentioned] }
}

function entriesFor(
  policy: ParsedPolicy,
  principal: string | undefined,
  prefix: string | undefined,
  state: { truncated: boolean },
): { clause: Clause; statement: string }[] {
  const allows: { clause: Clause; statement: string }[] = []
  const denies: { clause: Clause; statement: string }[] = []
  for (const statement of policy.statements) {
    const clause = statementClause(statement, policy, principal, prefix)
    if (!clause) continue
    ;(statement.effect === 'Deny' ? denies : allows).push({ clause, statement: statement.pointer })
  }
  let current = allows
  for (const deny of denies) {
    if (deny.clause.requires.length) {
      const note: AccessRequirement = { kind: 'unless-denied', pointer: deny.statement }
      current = current.map((a) => ({
        ...a,
        clause: { ...a.clause, requires: [...a.clause.requires, note] },
      }))
      continue
    }
    const next: { clause: Clause; statement: string }[] = []
    for (const allow of current) {
      for (const clause of subtract(allow.clause, deny.clause)) {
        const sub = normalize(clause.sub)
        const aud = normalize(clause.aud)
        if (sub && aud) next.push({ clause: { ...clause, sub, aud }, statement: allow.statement })
      }
    }
    if (next.length > MAX_ENTRIES) {
      state.truncated = true
      current = next.slice(0, MAX_ENTRIES)
    } else current = next
  }
  return current
}

/**
 * The identities a trust policy (JSON text or value) admits. Never throws.
 *
 * @example
 * subjectSet(trustPolicy).entries[0]
 * // { principal: 'arn:aws:iam::111122223333:oidc-provider/oidc.eks…/id/ABC', provider: 'oidc.eks…/id/ABC',
 * //   sub: { match: ['system:serviceaccount:payments:api'], except: [] },
 * //   aud: { match: ['sts.amazonaws.com'], except: [] }, statement: '/Statement/0' }
 */
export function subjectSet(policy: unknown): SubjectSet {
  const parsed = parsePolicy(policy, 'trustPolicy')
  const { listed, wildcard, mentioned } = candidates(parsed)
  const state = { truncated: false }
  const entries: AccessEntry[] = []
  const push = (candidate: Candidate, provider: string, otherThan?: string[]) => {
    for (const { clause, statement } of entriesFor(
      parsed,
      candidate.principal === '*' ? undefined : candidate.principal,
      candidate.prefix,
      state,
    )) {
      const sub = normalize(clause.sub)
      const aud = normalize(clause.aud)
      if (!sub || !aud) continue
      const entry: AccessEntry = {
        principal: candidate.principal,
        provider,
        sub: toPatternSet(sub),
        aud: toPatternSet(aud),
        statement,
      }
      if (otherThan) entry.otherThan = otherThan
      if (clause.requires.length) entry.requires = clause.requires
      entries.push(entry)
    }
  }
  for (const candidate of listed) push(candidate, candidate.prefix!)
  if (wildcard) {
    const seen = new Set<string>()
    const prefixes = mentioned.filter(
      (p) => !seen.has(p.toLowerCase()) && !!seen.add(p.toLowerCase()),
    )
    for (const prefix of prefixes) push({ principal: '*', prefix }, prefix)
    push({ principal: '*', prefix: undefined }, '*', prefixes)
  }
  const set: SubjectSet = {
    principals: listed.map((c) => c.principal),
    entries: entries.slice(0, MAX_ENTRIES),
  }
  if (state.truncated || entries.length > MAX_ENTRIES) set.truncated = true
  return set
}
