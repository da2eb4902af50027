/**
 * The words of one step's narration, chosen for its outcome: the title, what happens and why it
 * matters (a failed step reads the failing twin of a sentence that would claim success), and its
 * compared values with the words of their marks. Pure: the narration panel, the presenter and the
 * test that walks every gallery scenario read the same choice.
 */
import type { IrsaStep } from '../../engine'
import { sentenceKey } from './copy'
import { stepFacts, type Context, type Fact } from './facts'

type Translate = (key: string, options?: Record<string, unknown>) => string
type Exists = (key: string) => boolean

export interface FactText {
  fact: Fact
  label: string
  valueLabel?: string
  againstLabel?: string
  /** `✔ matches`, `✘ expired`…, or nothing for a plain value. */
  mark?: string
}

export interface StepNarration {
  title: string
  what: string
  why: string
  facts: FactText[]
}

/** The mark's words for a fact: its own verdict, else matches / does not match. */
export function markText(fact: Fact, t: Translate): string | undefined {
  if (fact.ok === undefined) return undefined
  const word = fact.verdict ?? (fact.ok ? 'matches' : 'mismatches')
  return `${fact.ok ? '✔' : '✘'} ${t(`flow.facts.verdicts.${word}`)}`
}

/** The narration of `step` in the current language. */
export function narrate(
  step: IrsaStep,
  trace: Context | undefined,
  t: Translate,
  exists: Exists,
): StepNarration {
  const sentence = (field: 'title' | 'what' | 'why') =>
    t(sentenceKey(step.kind, field, step.status, exists))
  return {
    title: sentence('title'),
    what: sentence('what'),
    why: sentence('why'),
    facts: stepFacts(step, trace).map((fact) => ({
      fact,
      label: 'key' in fact.label ? t(`flow.facts.${fact.label.key}`) : fact.label.text,
      ...(fact.valueLabel ? { valueLabel: t(`flow.facts.${fact.valueLabel}`) } : {}),
      ...(fact.against ? { againstLabel: t(`flow.facts.${fact.against.label}`) } : {}),
      ...(fact.ok === undefined ? {} : { mark: markText(fact, t) }),
    })),
  }
}
