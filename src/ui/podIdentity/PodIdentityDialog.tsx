import { useEffect, useRef } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { PodIdentityPanel } from './PodIdentityPanel'
import { useToolDialogStore } from '../../state/toolDialogStore'
import './podIdentity.css'

/**
 * The full-width dialog behind the toolbar's "IRSA vs Pod Identity" button
 * (src/ui/scenarios/ToolButtons.tsx): the current scenario with IRSA and with EKS Pod Identity,
 * side by side. A native modal <dialog>: the browser traps focus, makes the page inert, closes on
 * Escape and gives focus back to the button.
 */
export function PodIdentityDialog() {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const open = useToolDialogStore((s) => s.open === 'podIdentity')
  useEffect(() => {
    const dialog = ref.current
    if (open && dialog && !dialog.open) dialog.showModal()
  }, [open])
  const close = () => ref.current?.close()
  return (
    <dialog
      ref={ref}
      className="pi"
      aria-labelledby="pi-title"
      onClose={() => useToolDialogStore.getState().close()}
      // A click on the backdrop (the dialog box itself, outside its content) closes it.
      onClick={(e) => e.target === e.currentTarget && close()}
    >
      <div className="pi__content">
        <div className="pi__header">
          <h2 id="pi-title">{t('podIdentity.title')}</h2>
          <button type="button" onClick={close}>
            {t('podIdentity.close')}
          </button>
        </div>
        {open && <PodIdentityPanel open={open} />}
      </div>
    </dialog>
  )
}
