import { useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { useAppStore } from '../../state/store'
import { reissueForServiceAccount } from './sign'

/**
 * Offered when the token is for another ServiceAccount than the pod's (e.g. after editing the
 * namespace): mounts the token the kubelet would issue for the pod's ServiceAccount, on request.
 */
export function ReissueButton() {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const reissue = async () => {
    const { draft, signingKey, setToken } = useAppStore.getState()
    if (!draft || !signingKey) return
    setBusy(true)
    const token = await reissueForServiceAccount(
      draft.token,
      draft.serviceAccount,
      signingKey,
    ).catch(() => undefined)
    setBusy(false)
    if (token === undefined) return
    setToken(token)
    document.getElementById('verdict-title')?.focus()
  }
  return (
    <div className="fixes">
      <p className="verdict__why">{t('verdict.reissue.help')}</p>
      <button
        type="button"
        className="button button--fix"
        disabled={busy}
        onClick={() => void reissue()}
      >
        {t('verdict.reissue.button')}
      </button>
    </div>
  )
}
