/** IRSA and EKS Pod Identity side by side (placeholder until it lands). */
export function PodIdentityLauncher() {
  return null
}
