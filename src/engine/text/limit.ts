/**
 * Bounds on how many findings of one kind a document reports. Junk pasted into an editor (500
 * stray control characters) would otherwise give one finding per character, each rendered as a
 * list item and an editor marker; past a few dozen, a list of identical errors helps nobody. So,
 * as compilers do (tsc, Go's "too many errors"), only the first ones are listed, followed by one
 * summary at the first one dropped that says how many more there are.
 */
import type { Finding, SourceId } from '../types'
import { DOCUMENT_FINDINGS } from './core'

/** At most this many `document.syntax` findings per document; the rest become one summary. */
export const MAX_SYNTAX_FINDINGS = 20

/**
 * At most this many `document.duplicate-key` warnings per document. They are not syntax errors,
 * so they do not count against {@link MAX_SYNTAX_FINDINGS} (a document can be valid JSON and
 * still repeat a key), but they are just as unbounded: `{"a":1,"a":1,…}` repeats one per key. So
 * they get a bound of their own and a summary of their own, a warning like them.
 */
export const MAX_DUPLICATE_KEY_FINDINGS = 20

/**
 * The most findings one parse returns: the listed syntax errors and their summary, the listed
 * duplicate keys and their summary, and the findings that occur at most once per document
 * (`document.multiple-documents`, then one of `document.too-deep`, `document.collection-key`,
 * `document.alias-limit` or the YAML reader's "could not be read"). `document.empty` and an
 * early `document.too-deep` end the parse alone.
 */
export const MAX_DOCUMENT_FINDINGS = MAX_SYNTAX_FINDINGS + 1 + MAX_DUPLICATE_KEY_FINDINGS + 1 + 2

/**
 * The first `max` items as findings and, when there are more, one summary made from the count
 * of those left out and the first of them (whose position the summary takes). Linear: only the
 * kept items and the first dropped one are turned into findings.
 */
export function limitFindings<T>(
  items: readonly T[],
  max: number,
  toFinding: (item: T) => Finding,
  summarize: (omitted: number, firstOmitted: Finding) => Finding,
): Finding[] {
  const kept = items.slice(0, max).map(toFinding)
  const firstOmitted = items[max]
  if (items.length > max && firstOmitted !== undefined)
    kept.push(summarize(items.length - max, toFinding(firstOmitted)))
  return kept
}

/** The summary in place of the syntax errors past {@link MAX_SYNTAX_FINDINGS}. */
export const tooManyErrorsFinding = (omitted: number, firstOmitted: Finding, source: SourceId) =>
  DOCUMENT_FINDINGS.make(
    'document.too-many-errors',
    `…and ${omitted} more syntax ${omitted === 1 ? 'error' : 'errors'} in this document (only the first ${MAX_SYNTAX_FINDINGS} are listed).`,
    source,
    {
      pointer: firstOmitted.pointer,
      at: firstOmitted.at,
      data: { count: omitted, listed: MAX_SYNTAX_FINDINGS },
    },
  )

/** The summary in place of the duplicate keys past {@link MAX_DUPLICATE_KEY_FINDINGS}. */
export const tooManyDuplicateKeysFinding = (
  omitted: number,
  firstOmitted: Finding,
  source: SourceId,
) =>
  DOCUMENT_FINDINGS.make(
    'document.too-many-duplicate-keys',
    `…and ${omitted} more duplicate ${omitted === 1 ? 'key' : 'keys'} in this document (only the first ${MAX_DUPLICATE_KEY_FINDINGS} are listed).`,
    source,
    {
      pointer: firstOmitted.pointer,
      at: firstOmitted.at,
      data: { count: omitted, listed: MAX_DUPLICATE_KEY_FINDINGS },
    },
  )
