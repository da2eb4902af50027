/**
 * What a real error adds to a step (issue #16): "proven by your error" on the checks the error
 * proves passed (the proof of the scenario reproduced from evidence, while its token is the one
 * in the scenario), and, on a failed condition, where the policy's value and the request's differ,
 * down to the characters (`payment` vs `payments`).
 */
import { useTranslation } from '../../i18n/useTranslation'
import type { Step } from '../../engine'
import { conditionDiff, useScenarioProof } from './evidenceFacts'

export function StepProven({ step }: { step: Step }) {
  const { t } = useTranslation()
  const proof = useScenarioProof()
  if (!proof || !proof.steps.includes(step.id)) return null
  return (
    <span className="step__proven" data-testid="step-proven">
      <strong>{t('proven.badge', { code: proof.code })}</strong>
      {/* Why, once: on the first step the error proves (the others would repeat it). */}
      {step.id === proof.steps[0] && <> {t(`proven.reasons.${proof.ruleId}`)}</>}
    </span>
  )
}

export function ConditionDiff({ step }: { step: Step }) {
  const { t } = useTranslation()
  const diff = conditionDiff(step)
  if (!diff) return null
  return (
    <span className="step__diff" data-testid="step-diff">
      <code>
        {diff.prefix}
        <del>{diff.expected}</del>
        <ins>{diff.actual}</ins>
        {diff.suffix}
      </code>{' '}
      <span className="visually-hidden">
        {t('proven.diff', {
          expected: diff.expected === '' ? '∅' : diff.expected,
          actual: diff.actual === '' ? '∅' : diff.actual,
        })}
      </span>
    </span>
  )
}
