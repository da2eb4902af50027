import { forwardRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ShareLink } from '../../scenarios/share/link'

export interface ShareDialogProps {
  link?: ShareLink & { url: string }
  /** With a real token: recreate the link with the user's choice. */
  onChoose: (choice: 'include' | 'redact') => void
  onClose: () => void
}

/** The share link, with an explicit choice before a real token goes into it. */
export const ShareDialog = forwardRef<HTMLDialogElement, ShareDialogProps>(function ShareDialog(
  { link, onChoose, onClose },
  ref,
) {
  const { t } = useTranslation()
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    if (!link) return
    await navigator.clipboard.writeText(link.url).catch(() => undefined)
    setCopied(true)
  }
  return (
    <dialog
      ref={ref}
      className="dialog share"
      aria-labelledby="share-title"
      onClose={() => setCopied(false)}
    >
      <h2 id="share-title">{t('scenarios.share.title')}</h2>
      <p className="muted">{t('scenarios.share.intro')}</p>
      {link?.origin === 'real' && (
        <div className="share__real" role="alert">
          <p>{t('scenarios.share.realToken')}</p>
          <button type="button" onClick={() => onChoose('redact')}>
            {t('scenarios.share.redact')}
          </button>{' '}
          <button type="button" onClick={() => onChoose('include')}>
            {t('scenarios.share.include')}
          </button>
        </div>
      )}
      {link && (
        <>
          <label className="share__url">
            {t('scenarios.share.urlLabel')}{' '}
            <span className="muted">
              ({t('scenarios.share.length', { count: link.url.length })})
            </span>
            <textarea
              readOnly
              value={link.url}
              rows={3}
              data-testid="share-url"
              onFocus={(e) => e.target.select()}
            />
          </label>
          <button type="button" onClick={() => void copy()}>
            {t('scenarios.share.copy')}
          </button>{' '}
          {copied && <span role="status">{t('scenarios.notices.link-copied')}</span>}
        </>
      )}{' '}
      <button type="button" onClick={onClose}>
        {t('scenarios.share.close')}
      </button>
    </dialog>
  )
})
