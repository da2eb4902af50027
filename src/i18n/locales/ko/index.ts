/** 한국어 메시지. 영역마다 파일 하나, 키는 en과 같다 (타입과 단위 테스트가 확인). */
import type { Messages } from '../en'
import { app } from './app'
import { tour } from './tour'
import { challenges } from './challenges'
import { experiments } from './experiments'
import { timeline } from './timeline'
import { podIdentity } from './podIdentity'
import { glossary } from './glossary'
import { engineText } from './engineText'
import { editors } from './editors'
import { flow } from './flow'
import { importExport } from './importExport'
import { inspector } from './inspector'
import { scenarios } from './scenarios'
import { findings, steps } from './steps'
import { verdict } from './verdict'

export const ko: Messages = {
  app,
  steps,
  findings,
  verdict,
  editors,
  inspector,
  flow,
  scenarios,
  importExport,
  tour,
  challenges,
  experiments,
  timeline,
  podIdentity,
  glossary,
  engineText,
}
