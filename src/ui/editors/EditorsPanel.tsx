/** The input editors (Monaco, lazy). Placeholder until the editors land. */
export function EditorsPanel() {
  return null
}
