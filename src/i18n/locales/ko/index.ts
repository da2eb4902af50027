/** 한국어 메시지. 영역마다 파일 하나, 키는 en과 같다 (타입과 단위 테스트가 확인). */
import type { Messages } from '../en'
import * as core from './core'
import * as rest from './rest'

export const ko: Messages = { ...core, ...rest }
