import { describe, expect, it } from 'vitest'
import { PROOF_RULES } from '../scenarios/triage/proven'
import { leavesOf, questionsOf, TRIAGE } from '../scenarios/triage/tree'
import { en } from './locales/en'
import { ko } from './locales/ko'

/** The message at a dotted key path, or undefined. */
function at(catalogue: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      catalogue,
    )
}

/** Every key the triage and "proven by your error" screens build from the data. */
function keysFromData(): string[] {
  const keys = PROOF_RULES.map((r) => `proven.reasons.${r.id}`)
  for (const start of TRIAGE) {
    keys.push(`triage.symptoms.${start.id}.label`)
    for (const q of questionsOf(start.next)) {
      keys.push(`triage.questions.${q.id}.text`)
      for (const a of q.answers) keys.push(`triage.questions.${q.id}.answers.${a.id}`)
    }
    for (const { leaf } of leavesOf(start.next))
      keys.push(`triage.causes.${leaf.cause}.title`, `triage.causes.${leaf.cause}.why`)
  }
  return keys
}

describe('triage messages', () => {
  it.each([
    ['en', en],
    ['ko', ko],
  ] as const)('every rule, symptom, question, answer and cause has a message in %s', (_l, c) => {
    const missing = keysFromData().filter((key) => typeof at(c, key) !== 'string')
    expect(missing).toEqual([])
  })
})
