import type { Messages } from '../en'

export const flow: Messages['flow'] = {
  title: '흐름',
}
