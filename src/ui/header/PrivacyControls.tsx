/**
 * The header's privacy and storage controls (issue #15): whether this device keeps the work
 * ("Not saved on this device" when storage fails or is full, while the verdict keeps updating),
 * "Remember this scenario" (a real token, pod env values and annotations are otherwise never
 * stored), and "Forget everything on this device" behind a confirmation.
 */
import { useRef } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { createDefaultScenario } from '../../scenarios/defaultScenario'
import { forgetEverything, useStorageStatus } from '../../state/storage'
import { useAppStore } from '../../state/store'

async function forget(): Promise<void> {
  await forgetEverything()
  const { scenario, key } = await createDefaultScenario(new Date())
  // The history goes too: nothing of the forgotten work stays, not even one Undo away.
  useAppStore.setState({ past: [], future: [], remember: false })
  useAppStore.getState().loadScenario(scenario, {
    alg: 'RS256',
    kid: key.kid,
    privateJwk: key.privateJwk,
    publicJwk: key.publicJwk,
  })
  useAppStore.setState({ past: [], future: [] })
  useAppStore.getState().showNotice({ kind: 'forgotten' })
}

export function SaveStatus() {
  const { t } = useTranslation()
  const problem = useStorageStatus((s) => s.problem)
  const readOnly = useStorageStatus((s) => s.readOnly)
  if (readOnly || !problem) return null
  return (
    <p className="save-status" role="status" data-testid="save-status">
      <strong>{t('safety.storage.notSaved')}</strong> {t(`safety.storage.notSaved-${problem}`)}
    </p>
  )
}

export function PrivacyControls() {
  const { t } = useTranslation()
  const remember = useAppStore((s) => s.remember)
  const dialog = useRef<HTMLDialogElement>(null)
  return (
    <div className="privacy-controls">
      <label title={t('safety.privacy.rememberHint')}>
        <input
          type="checkbox"
          checked={remember}
          onChange={(e) => useAppStore.getState().setRemember(e.target.checked)}
          aria-describedby="remember-hint"
        />{' '}
        {t('safety.privacy.remember')}
      </label>
      <span id="remember-hint" className="privacy-controls__hint">
        {t('safety.privacy.rememberHint')}
      </span>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        {t('safety.privacy.forget')}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="forget-title">
        <h2 id="forget-title">{t('safety.privacy.forgetTitle')}</h2>
        <p>{t('safety.privacy.forgetBody')}</p>
        <button
          type="button"
          onClick={() => {
            dialog.current?.close()
            void forget()
          }}
        >
          {t('safety.privacy.forgetConfirm')}
        </button>{' '}
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('safety.privacy.cancel')}
        </button>
      </dialog>
    </div>
  )
}
