import type { Finding, Severity, SourceId, TextPosition } from './types'

/** Metadata of one finding code. Every code is declared once, in its module's registry. */
export interface FindingDefinition {
  severity: Severity
}

export interface FindingExtras {
  pointer?: string
  at?: TextPosition
  documentIndex?: number
}

/**
 * Declares a module's finding codes and returns a typed factory for them, so a finding can only
 * be made with a declared code and always carries the code's severity.
 *
 * @example
 * const jwt = defineFindings({ 'jwt.malformed': { severity: 'error' } })
 * jwt.make('jwt.malformed', 'Expected three segments', 'token', { pointer: '' })
 */
export function defineFindings<const T extends Record<string, FindingDefinition>>(definitions: T) {
  return {
    definitions,
    make(
      code: keyof T & string,
      message: string,
      source: SourceId,
      extras: FindingExtras = {},
    ): Finding {
      const finding: Finding = { code, severity: definitions[code]!.severity, message, source }
      if (extras.pointer !== undefined) finding.pointer = extras.pointer
      if (extras.at !== undefined) finding.at = extras.at
      if (extras.documentIndex !== undefined) finding.documentIndex = extras.documentIndex
      return finding
    },
  }
}
