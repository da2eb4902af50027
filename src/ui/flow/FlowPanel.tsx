/** The animated flow of the IRSA chain. Placeholder until the flow lands. */
export function FlowPanel() {
  return null
}
