import type { Messages } from '../en'

export const podIdentity: Messages['podIdentity'] = {
  title: 'EKS Pod Identity',
}
