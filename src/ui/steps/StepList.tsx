import type { Step } from '../../engine'

const STATUS_LABEL: Record<Step['status'], string> = {
  pass: 'passed',
  fail: 'failed',
  skip: 'skipped',
  info: 'note',
}
const STATUS_ICON: Record<Step['status'], string> = { pass: '✔', fail: '✘', skip: '–', info: 'i' }

/** Every step of the trace, in order, with its status. */
export function StepList({ steps }: { steps: Step[] }) {
  return (
    <ol className="steps" aria-label="Steps of the IRSA chain">
      {steps.map((step) => (
        <li
          key={step.id}
          className={`step step--${step.status} step--${step.kind.replace(/\./g, '-')}`}
          data-step-id={step.id}
        >
          <span
            className={`step__status step__status--${step.status}`}
            aria-label={STATUS_LABEL[step.status]}
            role="img"
          >
            {STATUS_ICON[step.status]}
          </span>
          <span className="step__actor">{step.actor}</span>
          <span className="step__title">{step.title}</span>
          {step.detail && <span className="step__detail">{step.detail}</span>}
          {step.assumptions?.map((a) => (
            <span key={a} className="step__assumption">
              Assumption: {a}
            </span>
          ))}
        </li>
      ))}
    </ol>
  )
}
