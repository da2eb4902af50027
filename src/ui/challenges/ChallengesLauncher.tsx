/** Workshop challenges (placeholder until they land). */
export function ChallengesLauncher() {
  return null
}
