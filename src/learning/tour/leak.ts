/**
 * Stop 1's exercise: an attacker tries a leaked credential some time after the leak. An IAM
 * user's access key works until someone deletes it; a role session's credentials stop at their
 * Expiration, whoever holds them. Pure: the UI passes the session lifetime read from the trace.
 */

/** When the attacker tries the leaked credential, in seconds after the leak. */
export const ATTEMPT_DELAYS = [60, 3600, 2 * 3600, 86400, 30 * 86400, 365 * 86400] as const

export type AttemptResult = 'works' | 'expired' | 'deleted'

/**
 * The IAM user's key: it never expires; it fails only once deleted, and only for attempts made
 * after the deletion.
 */
export function userKeyAttempt(delay: number, deletedAfter: number | undefined): AttemptResult {
  return deletedAfter !== undefined && delay >= deletedAfter ? 'deleted' : 'works'
}

/** A role session's credentials: valid until their Expiration, then refused (ExpiredToken). */
export function sessionAttempt(delay: number, lifetimeSeconds: number): AttemptResult {
  return delay < lifetimeSeconds ? 'works' : 'expired'
}

/** The exercise is done when the learner has watched the key outlive a session, then deleted it. */
export function leakExerciseDone(deletedAfter: number | undefined, lifetimeSeconds: number) {
  return deletedAfter !== undefined && deletedAfter > lifetimeSeconds
}
