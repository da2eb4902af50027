import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from '../../i18n/useTranslation'
import { TOUR_STOPS } from '../../learning/tour/stops'
import { TourNav } from './TourNav'
import { TourStopBody } from './TourStopBody'
import { useTourStore } from '../../state/tourStore'

/** A popover of a glossary term is open: Escape is for it, not for the tour. */
const popoverOpen = () => document.querySelector('.glossary-popover:popover-open') !== null

/**
 * The tour as a non-modal side panel (a bottom sheet on a phone): the learner keeps working in
 * the playground while reading. Focus moves to the stop's title on open; Escape closes.
 */
export function TourPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const current = useTourStore((s) => s.current)
  const stop = TOUR_STOPS[current] ?? TOUR_STOPS[0]!
  const [collapsed, setCollapsed] = useState(false)
  const title = useRef<HTMLHeadingElement>(null)
  const body = useRef<HTMLDivElement>(null)

  useEffect(() => {
    title.current?.focus()
  }, [])
  // A new stop starts at its top.
  useEffect(() => {
    if (body.current) body.current.scrollTop = 0
  }, [current])

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || popoverOpen()) return
    e.stopPropagation()
    onClose()
  }
  const position = t('tour.panel.stopOf', { n: current + 1, total: TOUR_STOPS.length })
  const stopTitle = t(`tour.stops.${stop.id}.title`)

  return createPortal(
    <section
      id="tour-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="tour-title"
      className={`tour${collapsed ? ' tour--collapsed' : ''}`}
      onKeyDown={onKeyDown}
    >
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {`${position}: ${stopTitle}`}
      </p>
      <header className="tour__header">
        <div className="tour__heading">
          <p className="tour__position">
            {t('tour.title')} · {position}
          </p>
          <h2 id="tour-title" ref={title} tabIndex={-1} className="tour__title">
            {stopTitle}
          </h2>
        </div>
        <button
          type="button"
          className="tour__icon"
          aria-expanded={!collapsed}
          aria-controls="tour-body"
          aria-label={collapsed ? t('tour.panel.expand') : t('tour.panel.minimize')}
          title={collapsed ? t('tour.panel.expand') : t('tour.panel.minimize')}
          onClick={() => setCollapsed(!collapsed)}
        >
          <span aria-hidden="true">{collapsed ? '▴' : '▾'}</span>
        </button>
        <button
          type="button"
          className="tour__icon"
          aria-label={t('tour.panel.close')}
          title={t('tour.panel.close')}
          onClick={onClose}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </header>
      <div id="tour-body" ref={body} className="tour__body" hidden={collapsed}>
        <TourStopBody key={stop.id} stop={stop} />
      </div>
      <TourNav onFinish={onClose} />
    </section>,
    document.body,
  )
}
