import type { Messages } from '../en'

export const tour: Messages['tour'] = {
  title: '둘러보기',
}
