import type { Finding, FindingValues, Severity, SourceId, TextPosition } from './types'

/** One value of a finding's data (see `Finding.data`). */
export type FindingValue = string | number | boolean

/**
 * Metadata of one finding code. Every code is declared once, in its module's registry.
 *
 * A code whose sentence needs values declares their names, and every finding of that code then
 * carries them in `data` (the factory's types require it):
 * - `data: ['claim']` — one sentence with these values (catalogue `findings.variants.<code>`);
 * - `variants: { account: ['account', 'issuer'], otherAccount: ['account', 'listed'] }` — several
 *   sentences; `data.variant` names the one that applies (catalogue
 *   `findings.variants.<code>.<variant>`), the other keys are its values.
 * A code without either has one sentence and no values (catalogue `findings.messages.<code>`).
 */
export interface FindingDefinition {
  severity: Severity
  data?: readonly string[]
  variants?: Readonly<Record<string, readonly string[]>>
}

export interface FindingExtras {
  pointer?: string
  at?: TextPosition
  documentIndex?: number
}

/** The `data` a code's findings carry, from its definition. */
export type FindingData<D> = D extends { data: readonly (infer K extends string)[] }
  ? Record<K, FindingValue>
  : D extends { variants: infer V extends Readonly<Record<string, readonly string[]>> }
    ? {
        [N in keyof V & string]: { variant: N } & Record<V[N][number], FindingValue>
      }[keyof V & string]
    : never

/** The factory's last argument: required with the code's `data` when it declares values. */
type ExtrasFor<D> = [FindingData<D>] extends [never]
  ? [extras?: FindingExtras & { data?: FindingValues }]
  : [extras: FindingExtras & { data: FindingData<D> }]

/**
 * Declares a module's finding codes and returns a typed factory for them, so a finding can only
 * be made with a declared code, always carries the code's severity, and carries the values its
 * definition declares.
 *
 * @example
 * const jwt = defineFindings({
 *   'jwt.malformed': { severity: 'error' },
 *   'sts.claim.missing': { severity: 'error', data: ['claim'] },
 * })
 * jwt.make('jwt.malformed', 'Expected three segments', 'token', { pointer: '' })
 * jwt.make('sts.claim.missing', 'The token has no iss claim.', 'token', { data: { claim: 'iss' } })
 */
export function defineFindings<const T extends Record<string, FindingDefinition>>(definitions: T) {
  const make: FindingFactory<T> = (code, message, source, ...[extras]) => {
    const finding: Finding = { code, severity: definitions[code]!.severity, message, source }
    if (extras?.pointer !== undefined) finding.pointer = extras.pointer
    if (extras?.at !== undefined) finding.at = extras.at
    if (extras?.documentIndex !== undefined) finding.documentIndex = extras.documentIndex
    if (extras?.data !== undefined) finding.data = { ...extras.data }
    return finding
  }
  return { definitions, make }
}

/** A registry's factory: a declared code, its English message, its source, and its extras. */
export type FindingFactory<T> = <C extends keyof T & string>(
  code: C,
  message: string,
  source: SourceId,
  ...extras: ExtrasFor<T[C]>
) => Finding

/** The codes of a registry whose findings carry no values (for helpers that take any such code). */
export type PlainFindingCode<R extends { definitions: Record<string, FindingDefinition> }> = {
  [C in keyof R['definitions'] & string]: [FindingData<R['definitions'][C]>] extends [never]
    ? C
    : never
}[keyof R['definitions'] & string]
