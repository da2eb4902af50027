import { useState } from 'react'
import { useTranslation } from '../i18n/useTranslation'
import { applyUpdate, useWaitingUpdate } from './serviceWorker'

/** "A new version is ready" once a new build's worker waits; the user picks the moment. */
export function UpdateNotice() {
  const { t } = useTranslation()
  const waiting = useWaitingUpdate()
  const [later, setLater] = useState<ServiceWorker>()
  if (!waiting || later === waiting) return null
  return (
    <div className="notice notice--update" role="status" data-testid="update-notice">
      <span>
        <strong>{t('safety.update.ready')}</strong> {t('safety.update.body')}
      </span>
      <button type="button" onClick={applyUpdate}>
        {t('safety.update.reload')}
      </button>
      <button type="button" onClick={() => setLater(waiting)}>
        {t('safety.update.later')}
      </button>
    </div>
  )
}
