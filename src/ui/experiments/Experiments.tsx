/** Suggested experiments for the current scenario (placeholder until they land). */
export function Experiments() {
  return null
}
