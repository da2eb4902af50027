import { useId } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import './facilitator.css'
import { MAX_NAME_LENGTH, proofLink } from '../../learning/challenges/proof'
import { useChallengeStore } from '../../state/challengeStore'
import { CopyLink } from './CopyLink'

/**
 * A solved challenge's proof-of-solve link: the scenario its check passed on, with the learner's
 * display name (optional), for the host's wall to verify. Nothing shows until a check has passed
 * on this device.
 */
export function ProofLink({ id }: { id: string }) {
  const { t } = useTranslation()
  const share = useChallengeStore((s) => s.proofs[id])
  const name = useChallengeStore((s) => s.displayName)
  const ids = useId()
  if (typeof share !== 'string') return null
  return (
    <section className="challenge__proof" aria-labelledby={`${ids}-title`}>
      <h4 id={`${ids}-title`}>{t('facilitator.proof.title')}</h4>
      <p className="muted">{t('facilitator.proof.intro')}</p>
      <label className="challenge__proof-name">
        {t('facilitator.proof.name')}
        <input
          type="text"
          value={name}
          maxLength={MAX_NAME_LENGTH}
          autoComplete="nickname"
          onChange={(e) => useChallengeStore.getState().setDisplayName(e.currentTarget.value)}
        />
      </label>
      <CopyLink
        url={proofLink(window.location.href, { challengeId: id, share, name })}
        label={t('facilitator.proof.link')}
        copyLabel={t('facilitator.proof.copy')}
        testId="proof-link"
      />
    </section>
  )
}
