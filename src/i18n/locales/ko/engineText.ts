import type { Messages } from '../en'

export const engineText: Messages['engineText'] = {
  title: '엔진 메시지',
}
