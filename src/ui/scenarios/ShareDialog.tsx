import { forwardRef, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { ShareContents, ShareLink } from '../../scenarios/share/link'

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
      {link && (link.origin === 'real' || link.contents.pod.kind !== 'none') && (
        <div className="share__real" role="alert">
          {link.origin === 'real' && <p>{t('scenarios.share.realToken')}</p>}
          <button type="button" onClick={() => onChoose('redact')}>
            {t('scenarios.share.redact')}
          </button>{' '}
          <button type="button" onClick={() => onChoose('include')}>
            {link.origin === 'real' ? t('scenarios.share.include') : t('safety.share.includeReal')}
          </button>
        </div>
      )}
      {link && <ShareContentsList contents={link.contents} />}
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

/** Exactly what the link carries (issue #15): the user sees it before copying. */
function ShareContentsList({ contents }: { contents: ShareContents }) {
  const { t } = useTranslation()
  const token = {
    none: 'tokenNone',
    claims: 'tokenClaims',
    demo: 'tokenDemo',
    real: 'tokenReal',
  }[contents.token]
  return (
    <section className="share__contents" aria-labelledby="share-contents-title">
      <h3 id="share-contents-title">{t('safety.share.contentsTitle')}</h3>
      <ul data-testid="share-contents">
        <li>{t('safety.share.scenario', { preset: contents.presetId })}</li>
        <li>
          {contents.fields.length > 0
            ? t('safety.share.fields', { fields: contents.fields.join(', ') })
            : t('safety.share.noFields')}
        </li>
        <li className={contents.token === 'real' ? 'share__warn' : undefined}>
          {t(`safety.share.${token}`)}
        </li>
        {contents.pod.kind === 'redacted' && (
          <li>{t('safety.share.podRedacted', { count: contents.pod.count })}</li>
        )}
        {contents.pod.kind === 'included' && (
          <li className="share__warn">{t('safety.share.podIncluded')}</li>
        )}
        {contents.pod.kind === 'dropped' && <li>{t('safety.share.podDropped')}</li>}
        {contents.privateJwkRemoved && <li>{t('safety.share.privateJwk')}</li>}
        {contents.step !== undefined && (
          <li>{t('safety.share.step', { step: contents.step + 1 })}</li>
        )}
      </ul>
    </section>
  )
}
