/** The guided tour (placeholder until it lands). */
export function TourLauncher() {
  return null
}
