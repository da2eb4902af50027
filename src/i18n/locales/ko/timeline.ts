import type { Messages } from '../en'

export const timeline: Messages['timeline'] = {
  title: '타임라인',
}
