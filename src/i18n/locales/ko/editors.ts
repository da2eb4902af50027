import type { Messages } from '../en'

export const editors: Messages['editors'] = {
  title: '입력',
}
