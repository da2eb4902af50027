import { useTranslation } from '../../i18n/useTranslation'
import './facilitator.css'
import { useChallengeStore } from '../../state/challengeStore'

/** What the set link just opened left out, and why (the panel opens with what it could read). */
export function SetNotice() {
  const { t } = useTranslation()
  const problem = useChallengeStore((s) => s.setProblem)
  if (!problem) return null
  const text =
    problem.kind === 'too-long'
      ? t('facilitator.setNotice.tooLong', { length: problem.length })
      : problem.kind === 'unknown'
        ? t('facilitator.setNotice.unknown', { count: problem.count })
        : t('facilitator.setNotice.noneKnown')
  return (
    <p role="status" className="challenges__notice" data-testid="set-notice">
      {text}{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => useChallengeStore.getState().setLinkProblem(undefined)}
      >
        {t('facilitator.setNotice.dismiss')}
      </button>
    </p>
  )
}
