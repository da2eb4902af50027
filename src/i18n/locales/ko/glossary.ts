import type { Messages } from '../en'

export const glossary: Messages['glossary'] = {
  title: '용어집',
}
