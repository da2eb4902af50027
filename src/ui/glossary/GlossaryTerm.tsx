import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { GlossaryId } from '../../learning/glossary/terms'
import { useGlossaryStore } from '../../state/glossaryStore'
import './glossary.css'

/** Keeps a popover inside the viewport, under its button (above it when there is no room). */
function place(popover: HTMLElement, button: HTMLElement) {
  const r = button.getBoundingClientRect()
  const margin = 8
  const width = popover.offsetWidth
  const height = popover.offsetHeight
  const below = r.bottom + 4
  const top = below + height + margin > window.innerHeight ? r.top - height - 4 : below
  const left = Math.min(Math.max(margin, r.left), window.innerWidth - width - margin)
  popover.style.top = `${Math.max(margin, top)}px`
  popover.style.left = `${Math.max(margin, left)}px`
}

/**
 * A term that opens its glossary entry in a small popover: a real button (keyboard, screen
 * readers), the browser's popover for Escape and light dismiss, and a way on to the full glossary.
 */
export function GlossaryTerm({ id, children }: { id: GlossaryId; children: ReactNode }) {
  const { t } = useTranslation()
  const popoverId = `glossary-pop-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const buttonRef = useRef<HTMLButtonElement>(null)
  const popoverRef = useRef<HTMLSpanElement>(null)
  const term = t(`glossary.terms.${id}.term`)

  useEffect(() => {
    const popover = popoverRef.current
    const button = buttonRef.current
    if (!popover || !button) return
    const onToggle = (e: Event) => {
      if ((e as ToggleEvent).newState === 'open') place(popover, button)
    }
    popover.addEventListener('toggle', onToggle)
    return () => popover.removeEventListener('toggle', onToggle)
  }, [])

  return (
    <>
      <button ref={buttonRef} type="button" className="glossary-term" popoverTarget={popoverId}>
        {children}
      </button>
      <span
        ref={popoverRef}
        id={popoverId}
        popover="auto"
        role="dialog"
        aria-label={t('glossary.popoverLabel', { term })}
        className="glossary-popover"
      >
        <strong className="glossary-popover__term">{term}</strong>
        <span className="glossary-popover__text">{t(`glossary.terms.${id}.definition`)}</span>
        <button
          type="button"
          className="glossary-popover__more"
          onClick={() => {
            popoverRef.current?.hidePopover()
            useGlossaryStore.getState().openGlossary(id)
          }}
        >
          {t('glossary.more')}
        </button>
      </span>
    </>
  )
}
