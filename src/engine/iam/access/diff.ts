/**
 * What an edit of a trust policy changes: identities the new version admits that the old one did
 * not, and the reverse — an offline answer to "does this change grant new access?".
 *
 * Both versions are reduced to subject sets (exact); the difference is then searched on witnesses:
 * every literal of either version, every pattern filled with a few fillers, crossed with the
 * audiences the same way. Each reported change is checked on both sets, so it is always real; a
 * change that no witness hits (two different wildcard patterns that differ only on unusual values)
 * can be missed — stated limit.
 */
import { admits, matchingEntries } from './admits'
import { instantiate } from './pattern'
import { subjectSet } from './subjectSet'
import type { AdmitResult, PatternSet, SubjectChange, SubjectDiff, SubjectSet } from './types'

/** Filler strings for wildcards: empty, one letter, a name-like value, a namespace-crossing one. */
const FILLERS = ['', 'x', 'any-name', 'other:any-name']
/** At most this many changes of each kind are listed (one per pattern pair). */
const MAX_CHANGES = 50
const MAX_WITNESSES = 400

function patternsOf(set: PatternSet): string[] {
  return [...set.match, ...set.except, ...(set.alsoMatch ?? []).flat()]
}

function witnesses(sets: SubjectSet[], pick: 'sub' | 'aud'): string[] {
  const values = new Set<string>()
  for (const set of sets)
    for (const entry of set.entries)
      for (const pattern of patternsOf(entry[pick]))
        for (const filler of FILLERS) {
          if (values.size >= MAX_WITNESSES) return [...values]
          const value = instantiate(pattern, filler)
          if (value !== '') values.add(value)
        }
  if (pick === 'aud') values.add('sts.amazonaws.com')
  return [...values]
}

function principalsOf(sets: SubjectSet[]): string[] {
  const out = new Set<string>()
  for (const set of sets) {
    for (const principal of set.principals) out.add(principal)
  }
  return [...out]
}

const admitted = (result: AdmitResult) => result !== 'deny'

function changes(
  from: SubjectSet,
  to: SubjectSet,
  principals: string[],
  subs: string[],
  auds: string[],
): SubjectChange[] {
  const found = new Map<string, SubjectChange>()
  for (const principal of principals) {
    for (const sub of subs) {
      for (const aud of auds) {
        const identity = { principal, sub, aud }
        if (!admitted(admits(to, identity)) || admitted(admits(from, identity))) continue
        const entry = matchingEntries(to, identity)[0]!
        const key = `${principal}\n${entry.sub.match.join('\n')}\n${entry.aud.match.join('\n')}`
        if (found.has(key)) continue
        found.set(key, {
          principal,
          provider: entry.provider,
          subPatterns: entry.sub.match,
          audPatterns: entry.aud.match,
          example: { sub, aud },
        })
        if (found.size >= MAX_CHANGES) return [...found.values()]
      }
    }
  }
  return [...found.values()]
}

/**
 * The difference between two versions of a trust policy (text or value). Never throws.
 *
 * @example
 * subjectDiff(before, after).added[0]?.example.sub // 'system:serviceaccount:payments:x'
 */
export function subjectDiff(before: unknown, after: unknown): SubjectDiff {
  const a = subjectSet(before)
  const b = subjectSet(after)
  return subjectSetDiff(a, b)
}

/** The same, on subject sets already computed. */
export function subjectSetDiff(before: SubjectSet, after: SubjectSet): SubjectDiff {
  const principals = principalsOf([before, after])
  const subs = witnesses([before, after], 'sub')
  const auds = witnesses([before, after], 'aud')
  return {
    added: changes(before, after, principals, subs, auds),
    removed: changes(after, before, principals, subs, auds),
  }
}
