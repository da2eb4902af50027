/**
 * English messages, one file per area of the app. Every user-visible string lives in a catalogue;
 * the Korean catalogue has the same keys (typed, and a unit test compares them). AWS's own error
 * text stays verbatim and is never translated.
 */
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

export const en = {
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

/** The shape every catalogue has: the same keys, string leaves. */
type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> }
export type Messages = Catalog<typeof en>
