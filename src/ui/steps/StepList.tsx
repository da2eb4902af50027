import { useTranslation } from 'react-i18next'
import type { Step } from '../../engine'
import { useAppStore } from '../../state/store'

const STATUS_ICON: Record<Step['status'], string> = { pass: '✔', fail: '✘', skip: '–', info: 'i' }

/** Every step of the trace, in order, with its status. Selecting one highlights what it read. */
export function StepList({ steps }: { steps: Step[] }) {
  const { t } = useTranslation()
  const selectedStepId = useAppStore((s) => s.selectedStepId)
  const selectStep = useAppStore((s) => s.selectStep)
  return (
    <ol className="steps" aria-label={t('steps.listLabel')}>
      {steps.map((step) => (
        <li
          key={step.id}
          className={`step step--${step.status} step--${step.kind.replace(/\./g, '-')}`}
          data-step-id={step.id}
        >
          <button
            type="button"
            className="step__button"
            aria-pressed={selectedStepId === step.id}
            onClick={() => selectStep(selectedStepId === step.id ? undefined : step.id)}
          >
            <span
              className={`step__status step__status--${step.status}`}
              aria-label={t(`steps.status.${step.status}`)}
              role="img"
            >
              {STATUS_ICON[step.status]}
            </span>
            <span className="step__actor">{step.actor}</span>
            <span className="step__title">{step.title}</span>
            {step.detail && <span className="step__detail">{step.detail}</span>}
            {step.assumptions?.map((a) => (
              <span key={a} className="step__assumption">
                {t('steps.assumption', { text: a })}
              </span>
            ))}
          </button>
        </li>
      ))}
    </ol>
  )
}
