import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PodIdentityPanel } from './PodIdentityPanel'
import './podIdentity.css'

/**
 * The toolbar button and its full-width dialog: the current scenario with IRSA and with EKS Pod
 * Identity, side by side. A native modal <dialog>: the browser traps focus, makes the page inert,
 * closes on Escape and gives focus back to the button.
 */
export function PodIdentityLauncher() {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true)
          ref.current?.showModal()
        }}
      >
        {t('podIdentity.open')}
      </button>
      <dialog
        ref={ref}
        className="pi"
        aria-labelledby="pi-title"
        onClose={() => setOpen(false)}
        // A click on the backdrop (the dialog box itself, outside its content) closes it.
        onClick={(e) => e.target === e.currentTarget && ref.current?.close()}
      >
        <div className="pi__content">
          <div className="pi__header">
            <h2 id="pi-title">{t('podIdentity.title')}</h2>
            <button type="button" onClick={() => ref.current?.close()}>
              {t('podIdentity.close')}
            </button>
          </div>
          {open && <PodIdentityPanel open={open} />}
        </div>
      </dialog>
    </>
  )
}
