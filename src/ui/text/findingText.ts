/**
 * A finding's message in the reader's language, from its code and the values it carries as data
 * (engine `Finding.data`, declared per code with `defineFindings`): never from its English prose.
 */
import type { Finding } from '../../engine'
import type { Message } from './message'

/** 'trust.condition.aud-sub-swapped' → 'trust_condition_aud-sub-swapped' (dots nest in i18next). */
export const findingKey = (code: string) => code.replace(/\./g, '_')

/**
 * The catalogue path of a finding's sentence: `findings.variants.<code>` filled from its data, or
 * `findings.variants.<code>.<data.variant>` when the code has several sentences; a finding without
 * data has the code's one sentence, `findings.messages.<code>`.
 */
export function findingSentenceKey(finding: Pick<Finding, 'code' | 'data'>): string {
  const key = findingKey(finding.code)
  const variant = finding.data?.variant
  if (finding.data === undefined) return `findings.messages.${key}`
  return typeof variant === 'string'
    ? `findings.variants.${key}.${variant}`
    : `findings.variants.${key}`
}

/** The message for a finding: its sentence filled from its data (the generic sentence if none). */
export function findingMessage(finding: Pick<Finding, 'code' | 'message' | 'data'>): Message {
  const values: Record<string, string> = {}
  for (const [name, value] of Object.entries(finding.data ?? {}))
    if (name !== 'variant') values[name] = String(value)
  return {
    kind: 'key',
    key: findingSentenceKey(finding),
    ...(finding.data ? { values } : {}),
    fallback: finding.message,
    fallbackKey: `findings.messages.${findingKey(finding.code)}`,
  }
}
