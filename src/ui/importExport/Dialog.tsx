/**
 * A modal built on the native <dialog>: the browser traps focus inside, makes the page inert and
 * closes it on Escape. Focus goes back to the element that opened it.
 */
import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from '../../i18n/useTranslation'

interface DialogProps {
  open: boolean
  onClose: () => void
  title: string
  /** Id of the title heading, for aria-labelledby. */
  titleId: string
  children: ReactNode
  /** A wider box (tables). */
  wide?: boolean
}

export function Dialog({ open, onClose, title, titleId, children, wide }: DialogProps) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const opener = useRef<Element | null>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      opener.current = document.activeElement
      if (typeof dialog.showModal === 'function') dialog.showModal()
      else dialog.setAttribute('open', '')
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close()
      else dialog.removeAttribute('open')
    }
    if (!open && opener.current instanceof HTMLElement) {
      opener.current.focus()
      opener.current = null
    }
  }, [open])
  return (
    <dialog
      ref={ref}
      className={wide ? 'ie-dialog ie-dialog--wide' : 'ie-dialog'}
      aria-labelledby={titleId}
      onClose={onClose}
      // A click on the backdrop (the dialog box itself, outside its content) closes it.
      onClick={(e) => e.target === e.currentTarget && onClose()}
    >
      <div className="ie-dialog__content">
        <div className="ie-dialog__header">
          <h2 id={titleId}>{title}</h2>
          <button
            type="button"
            className="ie-dialog__close"
            onClick={onClose}
            aria-label={t('importExport.close')}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
        {children}
      </div>
    </dialog>
  )
}
