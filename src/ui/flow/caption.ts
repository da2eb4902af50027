import type { Step } from '../../engine'
import { kindKey, truncateMiddle } from './copy'
import { stepFacts, type Fact } from './facts'

type Translate = (key: string) => string

const SYMBOL: Record<Step['status'], string> = { pass: '✔', fail: '✘', info: 'ℹ', skip: '–' }

const factLabel = (fact: Fact, t: Translate) =>
  'key' in fact.label ? t(`flow.facts.${fact.label.key}`) : fact.label.text

/**
 * The diagram caption's lines for a step: its status and title, then its first compared values —
 * side by side in landscape, one per line upright — each cut to what fits the band.
 */
export function captionLines(
  step: Step,
  t: Translate,
  exists: (key: string) => boolean,
  portrait: boolean,
): string[] {
  const max = portrait ? 46 : 96
  const title = `${SYMBOL[step.status]} ${t(`${kindKey(step.kind, exists)}.title`)}`
  const [fact] = stepFacts(step)
  if (!fact) return [truncateMiddle(title, max)]
  const mark = fact.ok === undefined ? '' : fact.ok ? ' ✔' : ' ✘'
  const left = `${factLabel(fact, t)}: ${fact.value}`
  if (!fact.against) return [title, `${left}${mark}`].map((l) => truncateMiddle(l, max))
  const right = `${t(`flow.facts.${fact.against.label}`)}: ${fact.against.value}`
  const lines = portrait ? [title, left, `${right}${mark}`] : [title, `${left}  ⇔  ${right}${mark}`]
  return lines.map((l) => truncateMiddle(l, max))
}
