import { useRef } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { IrsaStep, IrsaTrace } from '../../engine'
import { FlowOutcome } from './FlowOutcome'
import { narrate, type FactText } from './narration'
import { SignatureBytes } from './SignatureBytes'
import { StepBytes } from './StepBytes'
import { useFitLevel } from './useFitLevel'
import { WithGlossary } from '../glossary/WithGlossary'

export interface FlowNarrationProps {
  trace: IrsaTrace
  step: IrsaStep
  position: { n: number; total: number }
  /** The cursor is on the flow's last reachable step. */
  atEnd: boolean
  /**
   * On a stage: the narration never scrolls; when it does not fit its box it leaves out the
   * why, then the what, then the details (the step's result and the outcome stay).
   */
  fit?: boolean
}

/** How many levels a fitted narration can drop (see flow.css `[data-fit]`). */
const FIT_LEVELS = 7

/** A value with its first differing character marked (`at` past its end marks the gap). */
export function MarkedValue({ value, at }: { value: string; at?: number }) {
  if (at === undefined) return <code>{value}</code>
  return (
    <code>
      {value.slice(0, at)}
      <mark className="flow__diff" data-testid="value-diff">
        {value.slice(at, at + 1) || '\u2423'}
      </mark>
      {value.slice(at + 1)}
    </code>
  )
}

function FactValue({ fact }: { fact: FactText }) {
  const verdict = fact.mark && (
    <span className={`flow__verdict flow__verdict--${fact.fact.ok ? 'ok' : 'no'}`}>
      {` ${fact.mark}`}
    </span>
  )
  const against = fact.fact.against
  if (!against)
    return (
      <dd>
        <code>{fact.fact.value}</code>
        {verdict}
      </dd>
    )
  return (
    <dd>
      <div className="flow__compare">
        <span className="flow__compare-label">{fact.valueLabel ?? ''}</span>
        <MarkedValue value={fact.fact.value} at={fact.fact.diffAt} />
        <span className="flow__compare-label">{fact.againstLabel}</span>
        <MarkedValue value={against.value} at={fact.fact.diffAt} />
      </div>
      {verdict}
    </dd>
  )
}

/**
 * What happens at the current step and why it matters, the values it compared, and at the end
 * the outcome. A polite live region announces each new step to screen readers. Every sentence
 * is chosen for the step's outcome (see `narrate`).
 */
export function FlowNarration({ trace, step, position, atEnd, fit = false }: FlowNarrationProps) {
  const { t, i18n } = useTranslation()
  const ref = useRef<HTMLDivElement>(null)
  useFitLevel(ref, fit ? `${step.id}/${atEnd}/${i18n.language}` : undefined, fit ? FIT_LEVELS : 0)
  const { title, what, why, facts } = narrate(step, trace, t, (k) => i18n.exists(k))
  return (
    <div ref={ref} className="flow__narration" data-testid="flow-narration">
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {`${t('flow.stepOf', position)}: ${title} (${t(`flow.status.${step.status}`)}). ${what}`}
      </p>
      <p className="flow__position">{t('flow.stepOf', position)}</p>
      <h3 className={`flow__step-title flow__step-title--${step.status}`}>{title}</h3>
      <p className="flow__what">
        <WithGlossary text={what} />
      </p>
      <p className="flow__why">
        <WithGlossary text={why} />
      </p>
      {facts.length > 0 && (
        <dl className="flow__facts" aria-label={t('flow.facts.title')}>
          {facts.map((fact, i) => (
            <div
              key={i}
              className="flow__fact"
              data-summary={fact.fact.summary || undefined}
              data-diff={fact.fact.diffAt === undefined ? undefined : true}
            >
              <dt>{fact.label}</dt>
              <FactValue fact={fact} />
            </div>
          ))}
        </dl>
      )}
      {step.kind === 'jwt.signature' && (step.status === 'pass' || step.status === 'fail') && (
        <SignatureBytes />
      )}
      <StepBytes trace={trace} step={step} atEnd={atEnd} />
      {atEnd && <FlowOutcome trace={trace} step={step} />}
    </div>
  )
}
