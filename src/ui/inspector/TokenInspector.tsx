/** The jwt.io-style token inspector. Placeholder until the inspector lands. */
export function TokenInspector() {
  return null
}
