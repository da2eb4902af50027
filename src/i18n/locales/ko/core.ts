/** 첫 화면에 필요한 한국어 메시지 (헤더, 도구 모음, 결과, 단계, 발견 사항, 엔진 문구). */
export { app } from './app'
export { engineText } from './engineText'
export { proven } from './proven'
export { safety } from './safety'
export { scenarios } from './scenarios'
export { notProvided } from './notProvided'
export { findings, steps } from './steps'
export { verdict } from './verdict'
