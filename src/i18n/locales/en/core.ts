/**
 * The English messages the first screen needs (header, toolbar, verdict, steps, findings, the
 * engine's text). Bundled with the page; everything else is in `rest.ts`, loaded with the panels.
 */
export { app } from './app'
export { engineText } from './engineText'
export { proven } from './proven'
export { safety } from './safety'
export { scenarios } from './scenarios'
export { notProvided } from './notProvided'
export { findings, steps } from './steps'
export { verdict } from './verdict'
