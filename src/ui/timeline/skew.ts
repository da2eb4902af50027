/**
 * The clock-skew window the timeline shows, from the engine's events: the first token's exp
 * (`token.expires`) and the end of the five minutes STS still accepts it (`token.skew-ends`;
 * IAM User Guide, OIDC federation). Pure.
 */
import type { TimelineEvent } from '../../engine'
import { toSeconds } from './layout'

export interface SkewWindow {
  /** exp, epoch seconds. */
  exp: number
  /** exp + the skew: the last instant STS accepts the token. */
  until: number
  /** The cursor is past exp but still accepted. */
  inside: boolean
  /** The cursor is past the window: STS refuses the token. */
  past: boolean
}

export function skewWindow(events: readonly TimelineEvent[], now: number): SkewWindow | undefined {
  const exp = toSeconds(events.find((e) => e.kind === 'token.expires')?.at)
  const until = toSeconds(events.find((e) => e.kind === 'token.skew-ends')?.at)
  if (exp === undefined || until === undefined) return undefined
  return { exp, until, inside: now >= exp && now <= until, past: now > until }
}
