import { memo } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { notProvidedOf, type Step } from '../../engine'
import { sameValue } from '../../state/sameValue'
import { useAppStore } from '../../state/store'
import { EngineText } from '../text/EngineText'
import { useStepText } from '../text/useEngineText'
import { ConditionDiff, StepProven } from './StepEvidence'
import './steps.css'

const STATUS_ICON: Record<Step['status'], string> = { pass: '✔', fail: '✘', skip: '–', info: 'i' }

/** Every step of the trace, in order, with its status. Selecting one highlights what it read. */
export function StepList({ steps }: { steps: Step[] }) {
  const { t } = useTranslation()
  return (
    <ol className="steps" aria-label={t('steps.listLabel')}>
      {steps.map((step) => (
        <StepItem key={step.id} step={step} />
      ))}
    </ol>
  )
}

/**
 * One step: its status, actor, title and detail in the reader's language, and its assumptions.
 * Every run brings new step objects; a step equal to the one shown is not rendered again (with the
 * scale inputs only the role's step changes as you type: the policy's size is in it). A language
 * switch or a selection still re-renders it: those come from its own hooks.
 */
const StepItem = memo(function StepItem({ step }: { step: Step }) {
  const { t, i18n } = useTranslation()
  const selected = useAppStore((s) => s.selectedStepId === step.id)
  const selectStep = useAppStore((s) => s.selectStep)
  const text = useStepText(step)
  // The flow catalogue names every actor; an actor it does not know shows as the engine names it.
  const actorKey = `flow.actors.${step.actor}.name`
  const actor = i18n.exists(actorKey) ? t(actorKey) : step.actor
  return (
    <li
      className={`step step--${step.status} step--${step.kind.replace(/\./g, '-')}`}
      data-step-id={step.id}
    >
      <button
        type="button"
        className="step__button"
        aria-pressed={selected}
        onClick={() => selectStep(selected ? undefined : step.id)}
      >
        <span
          className={`step__status step__status--${step.status}`}
          aria-label={t(`steps.status.${step.status}`)}
          role="img"
        >
          {STATUS_ICON[step.status]}
        </span>
        <span className="step__actor">{actor}</span>
        <EngineText className="step__title" value={text.title} />
        {text.detail && <EngineText className="step__detail" value={text.detail} />}
        <StepNotProvided step={step} />
        <ConditionDiff step={step} />
        <StepProven step={step} />
        {text.assumptions.map((a) => (
          <span key={a.text} className="step__assumption">
            {t('steps.assumption', { text: a.text })}
          </span>
        ))}
      </button>
    </li>
  )
}, sameStep)

function sameStep(before: { step: Step }, after: { step: Step }): boolean {
  return sameValue(before.step, after.step)
}

/** A check left undecided because an input was not provided (an import, issue #16): which. */
function StepNotProvided({ step }: { step: Step }) {
  const { t } = useTranslation()
  const inputs = notProvidedOf(step)
  if (inputs.length === 0) return null
  return (
    <span className="step__not-provided" data-testid="step-not-provided">
      {t('notProvided.step', {
        inputs: inputs.map((input) => t(`notProvided.inputs.${input}`)).join(', '),
      })}
    </span>
  )
}
