/**
 * The evaluation instant: the first candidate that is an ISO 8601 instant, else the real clock —
 * the contract's fallback when no instant is given, and the one place the engine reads the clock.
 * An invalid candidate is reported (as a finding, by the caller) and skipped.
 */
export function resolveInstant(
  candidates: readonly { value: string | undefined; label: string }[],
  reportInvalid: (label: string) => void,
): Date {
  for (const { value, label } of candidates) {
    if (value === undefined) continue
    const date = new Date(value)
    if (!Number.isNaN(date.getTime())) return date
    reportInvalid(label)
  }
  return new Date()
}
