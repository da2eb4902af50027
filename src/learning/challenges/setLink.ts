/**
 * A host's set link, `?challenges=id1,id2,id3`: the challenges an attendee sees, in that order.
 * Read from a string, never from `window.location`, and never throws: a link that is too long,
 * names unknown challenges or none at all opens with a problem the panel states (what was left
 * out, and why), in the share links' manner (../../scenarios/share/codec.ts).
 */

/** The query parameter of a set link. */
export const SET_PARAM = 'challenges'
/** Longer parameters are refused unread (every id list of this catalogue is far shorter). */
export const MAX_SET_PARAM_LENGTH = 2_000
/** At most this many entries are read; a set holds each challenge once. */
export const MAX_SET_ENTRIES = 64

export type SetProblem =
  /** The parameter is longer than MAX_SET_PARAM_LENGTH: nothing of it is used. */
  | { kind: 'too-long'; length: number }
  /** Some entries name no challenge (or repeat one): the rest open, in order. */
  | { kind: 'unknown'; count: number }
  /** No entry names a challenge: every challenge is shown. */
  | { kind: 'none-known' }

export interface SetFromLink {
  /** Known ids, in the link's order, once each; undefined: no usable set. */
  ids?: string[]
  problem?: SetProblem
}

/**
 * Reads the set from a query string (with or without `?`). `known` says which ids exist.
 * Undefined when the link carries no set at all.
 */
export function parseChallengeSet(
  search: string,
  known: (id: string) => boolean,
): SetFromLink | undefined {
  const raw = new URLSearchParams(search).get(SET_PARAM)
  if (raw === null) return undefined
  if (raw.length > MAX_SET_PARAM_LENGTH)
    return { problem: { kind: 'too-long', length: raw.length } }
  const entries = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  const ids: string[] = []
  let skipped = Math.max(0, entries.length - MAX_SET_ENTRIES)
  for (const entry of entries.slice(0, MAX_SET_ENTRIES)) {
    if (known(entry) && !ids.includes(entry)) ids.push(entry)
    else skipped++
  }
  if (ids.length === 0) return { problem: { kind: 'none-known' } }
  return skipped > 0 ? { ids, problem: { kind: 'unknown', count: skipped } } : { ids }
}

/** The link that hands out `ids` in this order: the page's own address with `?challenges=`. */
export function setLink(base: string, ids: readonly string[]): string {
  const url = new URL(base)
  url.hash = ''
  // Only the set: a host's wall or presentation view must not travel with it.
  url.search = ''
  url.searchParams.set(SET_PARAM, ids.join(','))
  return url.toString().replace(/%2C/g, ',')
}
