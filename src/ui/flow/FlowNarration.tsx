import { useTranslation } from 'react-i18next'
import type { Step, Trace } from '../../engine'
import { kindKey } from './copy'
import { stepFacts } from './facts'
import { FlowOutcome } from './FlowOutcome'
import { WithGlossary } from '../glossary/WithGlossary'

export interface FlowNarrationProps {
  trace: Trace
  step: Step
  position: { n: number; total: number }
  /** The cursor is on the flow's last reachable step. */
  atEnd: boolean
}

/**
 * What happens at the current step and why it matters, the values it compared, and at the end
 * the outcome. A polite live region announces each new step to screen readers.
 */
export function FlowNarration({ trace, step, position, atEnd }: FlowNarrationProps) {
  const { t, i18n } = useTranslation()
  const key = kindKey(step.kind, (k) => i18n.exists(k))
  const title = t(`${key}.title`)
  const facts = stepFacts(step)
  return (
    <div className="flow__narration" data-testid="flow-narration">
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {`${t('flow.stepOf', position)}: ${title} (${t(`flow.status.${step.status}`)}). ${t(`${key}.what`)}`}
      </p>
      <p className="flow__position">{t('flow.stepOf', position)}</p>
      <h3 className={`flow__step-title flow__step-title--${step.status}`}>{title}</h3>
      <p className="flow__what">
        <WithGlossary text={t(`${key}.what`)} />
      </p>
      <p className="flow__why">
        <WithGlossary text={t(`${key}.why`)} />
      </p>
      {facts.length > 0 && (
        <dl className="flow__facts" aria-label={t('flow.facts.title')}>
          {facts.map((fact, i) => (
            <div key={i} className="flow__fact">
              <dt>{'key' in fact.label ? t(`flow.facts.${fact.label.key}`) : fact.label.text}</dt>
              <dd>
                <code>{fact.value}</code>
                {fact.against && (
                  <>
                    {' '}
                    <span className="flow__versus">
                      {t(`flow.facts.${fact.against.label}`)}
                    </span>{' '}
                    <code>{fact.against.value}</code>
                  </>
                )}
                {fact.ok !== undefined && (
                  <span className={`flow__verdict flow__verdict--${fact.ok ? 'ok' : 'no'}`}>
                    {fact.ok ? ` ✔ ${t('flow.facts.matched')}` : ` ✘ ${t('flow.facts.mismatched')}`}
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {atEnd && <FlowOutcome trace={trace} step={step} />}
    </div>
  )
}
