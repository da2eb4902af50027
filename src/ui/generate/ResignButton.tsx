import { useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { useAppStore } from '../../state/store'
import { resignToken } from './sign'

/**
 * Offered when the signature no longer verifies and the cluster key is known: signs the edited
 * claims again, only on request, and the verdict then says the signature was regenerated.
 */
export function ResignButton({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const resign = async () => {
    const { draft, signingKey, setToken } = useAppStore.getState()
    if (!draft || !signingKey) return
    setBusy(true)
    const token = await resignToken(draft.token, signingKey)
    setBusy(false)
    if (token === undefined) return
    setToken(token, { resigned: true })
    document.getElementById('verdict-title')?.focus()
  }
  const button = (
    <button
      type="button"
      className={`button ${compact ? 'button--fix' : 'button--primary'}`}
      disabled={busy}
      onClick={() => void resign()}
    >
      {busy ? t('inspector.resign.busy') : t('inspector.resign.button')}
    </button>
  )
  // In the verdict, the button sits among the fixes; in the inspector, with the explanation.
  if (compact) return <div className="fixes">{button}</div>
  return (
    <div className="note note--warn">
      <p>{t('inspector.resign.help')}</p>
      {button}
    </div>
  )
}
