import { useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { findChallenge } from '../../learning/challenges'
import { applySolution, startChallenge } from './actions'
import { CheckStatus } from './CheckStatus'
import { Hints } from './Hints'
import { MintTokenForm } from './MintTokenForm'
import { ProofLink } from './ProofLink'

/** One challenge: its goal, a start button, the live check, hints, the solution, its tools. */
export function ChallengeDetail({ id }: { id: string }) {
  const { t } = useTranslation()
  const challenge = findChallenge(id)
  const [starting, setStarting] = useState(false)
  if (!challenge) return null
  return (
    <article className="challenge" aria-labelledby={`challenge-${id}`}>
      <h3 id={`challenge-${id}`}>{t(`challenges.items.${id}.title`)}</h3>
      <p className="challenge__goal">
        <strong>{t('challenges.goal')}: </strong>
        {t(`challenges.items.${id}.goal`)}
      </p>
      <p className="challenge__start">
        <button
          type="button"
          disabled={starting}
          onClick={() => {
            setStarting(true)
            void startChallenge(id).finally(() => setStarting(false))
          }}
        >
          {t('challenges.start')}
        </button>{' '}
        <span className="muted">{t('challenges.startHint')}</span>
      </p>
      <CheckStatus id={id} />
      <ProofLink id={id} />
      {challenge.mintTool && <MintTokenForm />}
      <Hints id={id} onApplySolution={() => void applySolution(id)} />
    </article>
  )
}
