/** Every workshop challenge, from the first steps to the attacker's view. */
import { ATTACKER_CHALLENGES } from './attacker'
import { DEFENDER_CHALLENGES } from './defender'
import { parseChallengeSet } from './setLink'
import type { Challenge } from './types'

export type * from './types'
export { mintToken, tokenFacts } from './runs'

export const CHALLENGES: readonly Challenge[] = [...DEFENDER_CHALLENGES, ...ATTACKER_CHALLENGES]

/** The challenge with this id, if any. */
export const findChallenge = (id: string): Challenge | undefined =>
  CHALLENGES.find((c) => c.id === id)

/**
 * The set an instructor hands out as `?challenges=id1,id2`: known ids, in the given order, once
 * each. Undefined when the parameter is absent or names no known challenge.
 */
export function challengeSetFromSearch(search: string): string[] | undefined {
  // The bounded reader (./setLink.ts); the panel also states what it left out.
  return parseChallengeSet(search, (id) => findChallenge(id) !== undefined)?.ids
}

/** The link that hands out a set (the page's own address with `?challenges=`). */
export function challengeSetLink(base: string, ids: readonly string[]): string {
  const url = new URL(base)
  url.hash = ''
  url.searchParams.set('challenges', ids.join(','))
  return url.toString().replace(/%2C/g, ',')
}
