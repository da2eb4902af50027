/** The simulated clock's timeline (placeholder until it lands). */
export function TimelinePanel() {
  return null
}
