export const podIdentity = {
  title: 'EKS Pod Identity',
}
