/**
 * English messages, one file per area of the app. Every user-visible string lives in a catalogue;
 * the Korean catalogue has the same keys (typed, and a unit test compares them). AWS's own error
 * text stays verbatim and is never translated.
 *
 * The areas are split in two: `core` (what the first screen shows, bundled with the page) and
 * `rest` (the panels', loaded with them). This module is the whole, for types and tests.
 */
import * as core from './core'
import * as rest from './rest'

export const en = { ...core, ...rest }

/** The shape every catalogue has: the same keys, string leaves. */
type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> }
export type Messages = Catalog<typeof en>
