/**
 * The policy model the evaluator and the linter read: what could be understood of the document,
 * each element with its RFC 6901 pointer. Built tolerantly by `parse.ts`; problems are reported by
 * `validate.ts`, never here.
 */
import type { Finding } from '../types'
import type { PolicySource } from './findings'
import type { GlobPattern } from './wildcard'

/** Trust (role trust / resource) policy or identity (permission) policy. */
export type PolicyType = 'trust' | 'identity'

/** One string of an element, with its pointer. */
export interface ElementItem {
  value: string
  pointer: string
  /** Pre-compiled pattern (actions: lower-cased), when the value needs no variable substitution. */
  glob?: GlobPattern
}

/** Action/NotAction or Resource/NotResource. */
export interface ListElement {
  /** True for NotAction / NotResource. */
  negated: boolean
  pointer: string
  /** False when the value is neither a string nor an array (then `items` is empty). */
  valid: boolean
  items: ElementItem[]
}

/** One principal entry, e.g. { type: 'Federated', value: 'arn:aws:iam::…:oidc-provider/…' }. */
export interface PrincipalItem extends ElementItem {
  /** 'AWS', 'Federated', 'Service', 'CanonicalUser', '*' (for `"Principal": "*"`) or as written. */
  type: string
}

/** Principal/NotPrincipal. */
export interface PrincipalElement {
  negated: boolean
  pointer: string
  valid: boolean
  items: PrincipalItem[]
}

/** One condition: operator block + key. */
export interface ConditionEntry {
  operator: string
  key: string
  raw: unknown
  /** Pointer to the key: /Statement/0/Condition/<operator>/<key>. */
  pointer: string
}

/** One statement. */
export interface PolicyStatement {
  index: number
  /** '/Statement/0', or '/Statement' for a single statement object. */
  pointer: string
  sid?: string
  effect: 'Allow' | 'Deny' | 'invalid'
  principal?: PrincipalElement
  action?: ListElement
  resource?: ListElement
  conditions: ConditionEntry[]
  /** The statement as written (an object). */
  raw: Record<string, unknown>
}

/** A parsed policy document. */
export interface ParsedPolicy {
  source: PolicySource
  /** The JSON value (undefined when the text could not be read at all). */
  root: unknown
  /** `Version` when it is a string. */
  version?: string
  /** Policy variables are replaced (Version 2012-10-17). */
  variablesEnabled: boolean
  statements: PolicyStatement[]
  /** Syntax findings of the text (from parseJsonDocument). */
  syntaxFindings: Finding[]
}
