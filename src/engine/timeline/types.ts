/** The simulated clock's events: plain data, sorted by instant. */
import type { Actor } from '../types'

/** What happens at one instant. */
export type TimelineEventKind =
  | 'token.issued'
  | 'kubelet.refresh'
  | 'token.expires'
  | 'token.skew-ends'
  | 'credentials.issued'
  | 'sdk.refresh'
  | 'sdk.refresh-mandatory'
  | 'credentials.expires'
  | 'theft.token-copied'
  | 'theft.token-rejected'
  | 'theft.credentials-expire'

/** One event of the timeline. */
export interface TimelineEvent {
  /** ISO 8601 instant. */
  at: string
  kind: TimelineEventKind
  actor: Actor
  /** Short English text; the UI may translate by kind. */
  detail: string
  /** Behaviour no primary source confirms, stated. */
  assumption?: string
  /** Machine-readable facts (generation numbers, seconds), for the UI. */
  data?: Record<string, unknown>
}
