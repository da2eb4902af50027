import { useTranslation } from 'react-i18next'
import { challengeSetLink } from '../../learning/challenges'

/** The link an instructor hands out for this set (the page's address, never a fragment). */
export function SetLink({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation()
  const url = challengeSetLink(window.location.href, ids)
  return (
    <details className="challenges__share">
      <summary>{t('challenges.shareSet')}</summary>
      <p className="muted">{t('challenges.shareSetHint')}</p>
      <input
        type="text"
        readOnly
        value={url}
        aria-label={t('challenges.shareSet')}
        onFocus={(e) => e.currentTarget.select()}
      />
    </details>
  )
}
