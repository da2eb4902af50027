import { useTranslation } from '../../i18n/useTranslation'
import { credentialLifetime } from '../../learning/tour/checks'
import { requestTwoHours } from '../../learning/tour/demos'
import { formatDuration } from '../../learning/tour/format'
import { useAppStore } from '../../state/store'

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s)

/**
 * Stop 2's exercise: the temporary credentials of this scenario's STS response, as the CLI prints
 * them, with their lifetime; two buttons change the request and the role (both undoable).
 */
export function SessionWidget() {
  const { t, i18n } = useTranslation()
  const credentials = useAppStore((s) => s.trace?.response?.Credentials)
  const error = useAppStore((s) => s.trace?.error?.code)
  const lifetime = useAppStore((s) => (s.trace ? credentialLifetime(s.trace) : undefined))

  const ask = () => {
    const draft = useAppStore.getState().draft
    const patch = draft && requestTwoHours(draft)
    if (patch) useAppStore.getState().applyChange(patch)
  }
  const raise = () => useAppStore.getState().applyChange({ maxSessionDuration: 7200 })

  const printed = credentials && {
    Credentials: {
      AccessKeyId: credentials.AccessKeyId,
      SecretAccessKey: clip(credentials.SecretAccessKey, 12),
      SessionToken: clip(credentials.SessionToken, 24),
      Expiration: credentials.Expiration,
    },
  }

  return (
    <figure className="tour__widget" aria-labelledby="session-title">
      <figcaption id="session-title" className="tour__widget-title">
        {t('tour.session.label')}
      </figcaption>
      {printed ? (
        <>
          <p className="muted tour__small">{t('tour.session.command')}</p>
          <pre className="tour__code" tabIndex={0} data-testid="tour-credentials">
            {JSON.stringify(printed, null, 2)}
          </pre>
          {lifetime !== undefined && (
            <p className="tour__lifetime" data-testid="tour-lifetime">
              {t('tour.session.lifetime', {
                lifetime: formatDuration(lifetime, i18n.language),
              })}
            </p>
          )}
        </>
      ) : (
        <p className="tour__lifetime tour__lifetime--none" data-testid="tour-lifetime">
          {error ? t('tour.session.noCredentials', { code: error }) : t('tour.session.noCall')}
        </p>
      )}
      <div className="tour__actions">
        <button type="button" onClick={ask}>
          {t('tour.session.requestTwoHours')}
        </button>
        <button type="button" onClick={raise}>
          {t('tour.session.raiseMaximum')}
        </button>
      </div>
    </figure>
  )
}
