import type { Messages } from '../en'

export const experiments: Messages['experiments'] = {
  title: '실험',
}
