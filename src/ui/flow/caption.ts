import type { IrsaStep, Step } from '../../engine'
import type { Context } from './facts'
import { sentenceKey } from './copy'
import { narrate, type FactText } from './narration'

type Translate = (key: string, options?: Record<string, unknown>) => string

const SYMBOL: Record<Step['status'], string> = { pass: '✔', fail: '✘', info: 'ℹ', skip: '–' }

/** One line of the caption; `markAt` is the character to mark (where two values part). */
export interface CaptionLine {
  text: string
  markAt?: number
}

/** Cuts prose to `max` characters at its end. */
function cutEnd(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/**
 * A value cut to `room` characters without eliding its middle: the start goes first (values end
 * distinctively), but never the character at `at`, which stays in view.
 */
export function fitValue(value: string, room: number, at?: number): { text: string; at?: number } {
  if (value.length <= room) return { text: value, ...(at === undefined ? {} : { at }) }
  const keepEnd = room - 1
  let start = value.length - keepEnd
  if (at !== undefined && at < start) start = Math.max(0, at - Math.floor(keepEnd / 3))
  const end = Math.min(value.length, start + keepEnd)
  const head = start > 0 ? '…' : ''
  const tail = end < value.length ? '…' : ''
  const body = value.slice(start, end - (head && tail ? 1 : 0))
  return {
    text: `${head}${body}${tail}`,
    ...(at === undefined ? {} : { at: at - start + head.length }),
  }
}

/** The fact the caption shows: two values that part, else the step's own result, else its first. */
function headline(facts: FactText[]): FactText | undefined {
  return (
    facts.find((f) => f.fact.diffAt !== undefined) ?? facts.find((f) => f.fact.summary) ?? facts[0]
  )
}

/**
 * The diagram caption's lines for a step: its status and title, then its headline fact. Compared
 * values get a line each, labelled and aligned character for character (the caption's value
 * lines are monospace), with the first difference marked.
 */
export function captionLines(
  step: IrsaStep,
  t: Translate,
  exists: (key: string) => boolean,
  portrait: boolean,
  trace?: Context,
): CaptionLine[] {
  const max = portrait ? 46 : 96
  const title = `${SYMBOL[step.status]} ${t(sentenceKey(step.kind, 'title', step.status, exists))}`
  const fact = headline(narrate(step, trace, t, exists).facts)
  if (!fact) return [{ text: cutEnd(title, max) }]
  const mark = fact.mark ? ` ${fact.mark}` : ''
  const against = fact.fact.against
  if (!against) {
    const left = `${fact.label}: `
    const value = fitValue(fact.fact.value, Math.max(8, max - left.length - mark.length))
    return [{ text: cutEnd(title, max) }, { text: `${left}${value.text}${mark}` }]
  }
  const labels = [fact.valueLabel ?? fact.label, fact.againstLabel ?? '']
  const width = Math.max(...labels.map((l) => l.length)) + 1
  const pad = (l: string) => `${l}:`.padEnd(width + 1)
  const room = Math.max(8, max - width - 1 - mark.length)
  const at = fact.fact.diffAt
  const [a, b] = [fact.fact.value, against.value]
  // Both values cut from the same start so the marked columns stay aligned.
  const longest = a.length >= b.length ? a : b
  const cut = fitValue(longest, room, at)
  const slice = (v: string) => fitValue(v.padEnd(longest.length), room, at).text.trimEnd()
  const markAt = cut.at === undefined ? undefined : width + 1 + cut.at
  return [
    { text: cutEnd(title, max) },
    { text: `${pad(labels[0] ?? '')}${slice(a)}`, ...(markAt === undefined ? {} : { markAt }) },
    {
      text: `${pad(labels[1] ?? '')}${slice(b)}${mark}`,
      ...(markAt === undefined ? {} : { markAt }),
    },
  ]
}
