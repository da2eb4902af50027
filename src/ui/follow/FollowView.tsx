import { useRef } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { FlowNarration } from '../flow/FlowNarration'
import { useFlowCursor } from '../flow/hooks'
import { Icon } from '../flow/Icon'
import { runFlowAction, useFlowKeyboard } from '../flow/useFlowKeyboard'
import { useStepUrl } from '../flow/useStepUrl'
import { useScenarioTitle } from '../presentation/useScenarioTitle'
import { useFollowSync } from './useFollowSync'
import './follow.css'

/** A horizontal swipe this long (CSS pixels), more sideways than up or down, turns the card. */
const SWIPE = 40

/**
 * The phone's view of a talk (`?view=follow`, what the stage's QR code opens): one card per step
 * with the same narration and values as the stage, turned by a swipe, the buttons or the arrow
 * keys. No editor (nothing of Monaco loads). In the same browser as the stage it follows the
 * speaker; from a QR code it opens on the step the stage showed when it was scanned.
 */
export function FollowView() {
  const { t } = useTranslation()
  const { trace, index, end, current } = useFlowCursor()
  const title = useScenarioTitle()
  const start = useRef<{ x: number; y: number } | undefined>(undefined)
  useStepUrl()
  useFollowSync()
  useFlowKeyboard(true)
  if (!trace || !current) return null
  const position = { n: index + 1, total: end + 1 }
  return (
    <main className="follow" aria-labelledby="follow-title" data-testid="follow">
      <header className="follow__header">
        <h1 id="follow-title" data-testid="follow-title">
          {title}
        </h1>
        <p className="follow__position" data-testid="follow-position">
          {t('flow.stepOf', position)}
        </p>
      </header>
      <article
        className={`follow__card follow__card--${current.status}`}
        data-testid="follow-card"
        data-step={index}
        onPointerDown={(event) => {
          start.current = { x: event.clientX, y: event.clientY }
        }}
        onPointerCancel={() => {
          start.current = undefined
        }}
        onPointerUp={(event) => {
          const from = start.current
          start.current = undefined
          if (!from) return
          const dx = event.clientX - from.x
          const dy = event.clientY - from.y
          if (Math.abs(dx) < SWIPE || Math.abs(dx) < Math.abs(dy)) return
          runFlowAction(dx < 0 ? 'next' : 'prev')
        }}
      >
        <FlowNarration trace={trace} step={current} position={position} atEnd={index === end} />
      </article>
      <nav className="follow__nav" aria-label={t('deck.follow.label')}>
        <button
          type="button"
          onClick={() => runFlowAction('prev')}
          disabled={index <= 0}
          aria-label={t('deck.follow.prev')}
        >
          <Icon name="prev" />
        </button>
        <ol className="follow__dots" aria-hidden="true">
          {Array.from({ length: end + 1 }, (_, i) => (
            <li key={i} className={i === index ? 'follow__dot follow__dot--on' : 'follow__dot'} />
          ))}
        </ol>
        <button
          type="button"
          onClick={() => runFlowAction('next')}
          disabled={index >= end}
          aria-label={t('deck.follow.next')}
        >
          <Icon name="next" />
        </button>
      </nav>
      <p className="follow__hint">{t('deck.follow.swipe')}</p>
    </main>
  )
}
