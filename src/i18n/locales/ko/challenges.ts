import type { Messages } from '../en'

export const challenges: Messages['challenges'] = {
  title: '워크숍 과제',
}
