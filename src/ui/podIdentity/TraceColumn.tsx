import { useTranslation } from '../../i18n/useTranslation'
import type { Step, Trace } from '../../engine'
import { EngineText } from '../text/EngineText'
import { translateStep, useTranslator } from '../text/useEngineText'

const STATUS_ICON: Record<Step['status'], string> = { pass: '✔', fail: '✘', skip: '–', info: 'i' }

/** One flow's trace, step by step: status, actor (→ receiver) and title; the outcome on top. */
export function TraceColumn({
  side,
  title,
  trace,
}: {
  side: 'irsa' | 'podIdentity'
  title: string
  trace: Trace
}) {
  const { t, i18n } = useTranslation()
  const translator = useTranslator()
  const issued = trace.outcome === 'issued'
  // Pod Identity's own steps by id (':' and '.' are i18next separators); the rest as in IRSA.
  const titleOf = (step: Step) => {
    const key = `podIdentity.steps.${step.id.replace(/[.:]/g, '_')}`
    if (side === 'podIdentity' && i18n.exists(key))
      return { text: t(key), kind: 'translated' as const }
    return translateStep(step, translator).title
  }
  return (
    <section
      className={`pi__column pi__column--${side}`}
      aria-labelledby={`pi-column-${side}`}
      data-testid={`pi-column-${side}`}
    >
      <h3 id={`pi-column-${side}`}>{title}</h3>
      <p className={`pi__outcome pi__outcome--${issued ? 'issued' : 'denied'}`}>
        <span aria-hidden="true">{issued ? '✔ ' : '✘ '}</span>
        {issued
          ? t('podIdentity.outcome.issued')
          : trace.error
            ? `${trace.error.code}: ${trace.error.message}`
            : t('podIdentity.outcome.notIssued')}
      </p>
      <ol className="pi__steps" aria-label={t('podIdentity.stepsLabel', { flow: title })}>
        {trace.steps.map((step) => (
          <li key={step.id} className={`pi__step pi__step--${step.status}`} data-step-id={step.id}>
            <span
              className={`step__status step__status--${step.status}`}
              role="img"
              aria-label={t(`steps.status.${step.status}`)}
            >
              {STATUS_ICON[step.status]}
            </span>
            <span className="pi__actor">
              {step.actor}
              {step.to ? ` → ${step.to}` : ''}
            </span>
            <EngineText className="pi__title" value={titleOf(step)} />
          </li>
        ))}
      </ol>
    </section>
  )
}
