import type { Messages } from '../en'

export const inspector: Messages['inspector'] = {
  title: '토큰',
}
