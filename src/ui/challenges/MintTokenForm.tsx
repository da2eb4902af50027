import { useId, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { useAppStore } from '../../state/store'
import { mintAndUse } from './actions'

/** "Mint a token for any ServiceAccount": what `kubectl create token` does with that RBAC. */
export function MintTokenForm() {
  const { t } = useTranslation()
  const hasKey = useAppStore((s) => s.signingKey !== undefined)
  const [namespace, setNamespace] = useState('dev')
  const [serviceAccount, setServiceAccount] = useState('debug-shell')
  const [busy, setBusy] = useState(false)
  const ids = useId()
  return (
    <form
      className="challenge__mint"
      aria-labelledby={`${ids}-title`}
      onSubmit={(e) => {
        e.preventDefault()
        setBusy(true)
        void mintAndUse(namespace.trim(), serviceAccount.trim()).finally(() => setBusy(false))
      }}
    >
      <h4 id={`${ids}-title`}>{t('challenges.mint.title')}</h4>
      <p className="muted">{t('challenges.mint.intro')}</p>
      <pre className="challenge__command">{t('challenges.mint.command')}</pre>
      {hasKey ? (
        <div className="challenge__mint-fields">
          <label>
            {t('challenges.mint.namespace')}
            <input
              value={namespace}
              onChange={(e) => setNamespace(e.target.value)}
              required
              pattern="[a-z0-9]([-a-z0-9]*[a-z0-9])?"
            />
          </label>
          <label>
            {t('challenges.mint.serviceAccount')}
            <input
              value={serviceAccount}
              onChange={(e) => setServiceAccount(e.target.value)}
              required
              pattern="[a-z0-9]([-.a-z0-9]*[a-z0-9])?"
            />
          </label>
          <button type="submit" disabled={busy}>
            {t('challenges.mint.submit')}
          </button>
        </div>
      ) : (
        <p>{t('challenges.mint.noKey')}</p>
      )}
    </form>
  )
}
