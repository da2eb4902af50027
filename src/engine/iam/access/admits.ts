/**
 * Whether a subject set admits one web identity: the reading of the `access` contract ("a token
 * from `provider` with claims (sub, aud) can assume the role exactly when some entry holds both").
 */
import { patternMatches } from './pattern'
import { principalPrefix } from './subjectSet'
import type { AccessEntry, AdmitResult, PatternSet, SubjectSet, WebIdentity } from './types'

/** Whether a value sits in a pattern set. */
export function inPatternSet(set: PatternSet, value: string): boolean {
  return (
    set.match.some((p) => patternMatches(p, value)) &&
    (set.alsoMatch ?? []).every((group) => group.some((p) => patternMatches(p, value))) &&
    !set.except.some((p) => patternMatches(p, value))
  )
}

/** Whether an entry's provider covers the identity's principal. */
export function entryCoversPrincipal(entry: AccessEntry, principal: string): boolean {
  if (entry.principal !== '*') return entry.principal === principal
  const others = entry.otherThan
  const prefix = principalPrefix(principal)
  if (prefix === undefined) return false
  if (entry.provider !== '*') return entry.provider.toLowerCase() === prefix.toLowerCase()
  return !(others ?? []).some((p) => p.toLowerCase() === prefix.toLowerCase())
}

/**
 * The entries that admit an identity (`requires` aside).
 *
 * @example
 * matchingEntries(subjectSet(policy), { principal: providerArn, sub: 'system:serviceaccount:a:b', aud: 'sts.amazonaws.com' })
 */
export function matchingEntries(set: SubjectSet, identity: WebIdentity): AccessEntry[] {
  // A named principal has entries of its own (the '*' statements folded in); others use the '*' ones.
  const named = set.principals.includes(identity.principal)
  return set.entries.filter(
    (entry) =>
      (entry.principal === '*') !== named &&
      entryCoversPrincipal(entry, identity.principal) &&
      inPatternSet(entry.sub, identity.sub) &&
      inPatternSet(entry.aud, identity.aud),
  )
}

/** 'allow' when an entry without requirements admits the identity; 'conditional' when only one with. */
export function admits(set: SubjectSet, identity: WebIdentity): AdmitResult {
  const entries = matchingEntries(set, identity)
  if (entries.some((entry) => !entry.requires?.length)) return 'allow'
  return entries.length ? 'conditional' : 'deny'
}
