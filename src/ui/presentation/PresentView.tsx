import { useDeferredValue, useEffect, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { DeckCard } from '../deck/DeckCard'
import { DeckNotice } from '../deck/DeckNotice'
import { deckScenario, useDeckStore } from '../deck/deckStore'
import { useDeckKeyboard } from '../deck/useDeckKeyboard'
import { useDeckSync } from '../deck/useDeckSync'
import { FlowControls } from '../flow/FlowControls'
import { FlowNarration } from '../flow/FlowNarration'
import { FlowStage } from '../flow/FlowStage'
import { useFlowCursor } from '../flow/hooks'
import { Icon } from '../flow/Icon'
import { useFlowKeyboard } from '../flow/useFlowKeyboard'
import { usePlayback } from '../flow/usePlayback'
import { useStepUrl } from '../flow/useStepUrl'
import { FollowQr } from '../follow/FollowQr'
import { useFollowUrl } from '../follow/useFollowUrl'
import { viewUrl } from './links'
import { QrDialog } from './QrDialog'
import { useFullscreen } from './useFullscreen'
import { usePresentationSync } from './usePresentationSync'
import { useScenarioTitle } from './useScenarioTitle'

/** Opens the presenter's window beside this one (same origin: they talk over BroadcastChannel). */
function openPresenter() {
  window.open(
    viewUrl(window.location.href, 'presenter'),
    'irsa-lab-presenter',
    'popup,width=1100,height=760',
  )
}

/** Landscape screens (projectors, laptops) keep the wide diagram even when zoomed to 200 %. */
function useLandscapeScreen(): boolean {
  const query = '(min-aspect-ratio: 1/1)'
  const [landscape, setLandscape] = useState(() => window.matchMedia(query).matches)
  useEffect(() => {
    const list = window.matchMedia(query)
    const update = () => setLandscape(list.matches)
    list.addEventListener('change', update)
    return () => list.removeEventListener('change', update)
  }, [])
  return landscape
}

/**
 * The corner QR code: it follows the step in a render of its own, after the step is on screen
 * (its matrix is rebuilt for every step, work the step's change need not wait for).
 */
function CornerQr({ url }: { url: string | undefined }) {
  return <FollowQr url={useDeferredValue(url)} />
}

/**
 * Presentation mode, projector first: the scenario's name, the diagram and the narration of the
 * step, and the controls, all on one screen without scrolling at any size down to 1280×720 at
 * 200 % zoom. The stage's type is sized to the screen (`--stage-text`, never under 24 physical
 * pixels at 1280×720); the narration leaves out its least needed parts rather than scroll.
 * F full screen, P presenter view, Q a QR code of the page. A small QR code in the corner is
 * always on the current scenario and step, for phones (the follow view).
 *
 * With a deck (`#deck=…`): a title card before each scenario (the verdict hidden until revealed
 * when the speaker asked the room to predict it), the clicker's keys through cards, steps and
 * scenarios, B or . to blank the screen, and the presenter's window on the same scenario.
 */
export function PresentView() {
  const { t } = useTranslation()
  const { trace, steps, index, end, current } = useFlowCursor()
  const deck = useDeckStore((s) => s.deck)
  const position = useDeckStore((s) => s.position)
  const failed = useDeckStore((s) => s.failed === s.position.slide)
  const [qr, setQr] = useState(false)
  const followUrl = useFollowUrl()
  const [fullscreen, toggleFullscreen] = useFullscreen()
  const landscape = useLandscapeScreen()
  const title = useScenarioTitle()
  usePlayback(index, end)
  useStepUrl()
  usePresentationSync(!deck)
  useDeckSync(deck !== undefined)
  useDeckKeyboard()
  useFlowKeyboard(true, {
    fullscreen: toggleFullscreen,
    presenter: openPresenter,
    qr: () => setQr(true),
  })
  useEffect(() => {
    document.title = `${title} · IRSA Lab`
  }, [title])
  if (!trace || !current) return null
  const flowPosition = { n: index + 1, total: end + 1 }
  const fullscreenLabel = fullscreen
    ? t('flow.presentation.exitFullscreen')
    : t('flow.presentation.fullscreen')
  const card = deck !== undefined && position.card
  return (
    <main
      className="present"
      aria-labelledby="present-title"
      aria-describedby="present-keys"
      data-testid="stage"
      data-deck-slide={deck ? position.slide : undefined}
      data-deck-card={deck ? String(position.card) : undefined}
    >
      <header className="present__header">
        <h1 id="present-title" data-testid="stage-title">
          {title}
        </h1>
        <div className="present__tools">
          {deck && (
            <>
              <button
                type="button"
                onClick={() => deckScenario(-1)}
                disabled={position.slide === 0}
                aria-label={t('deck.stage.prevScenario')}
                title={t('deck.stage.prevScenario')}
              >
                <Icon name="prev" />
              </button>
              <span className="present__deck-position" data-testid="deck-position">
                {t('deck.stage.position', { n: position.slide + 1, total: deck.entries.length })}
              </span>
              <button
                type="button"
                onClick={() => deckScenario(1)}
                disabled={position.slide === deck.entries.length - 1}
                aria-label={t('deck.stage.nextScenario')}
                title={t('deck.stage.nextScenario')}
              >
                <Icon name="next" />
              </button>
            </>
          )}
          <button
            type="button"
            onClick={toggleFullscreen}
            aria-pressed={fullscreen}
            aria-label={fullscreenLabel}
            title={fullscreenLabel}
          >
            <Icon name="fullscreen" />
          </button>
          <button type="button" onClick={openPresenter}>
            {t('flow.presentation.presenterShort')}
          </button>
          <button type="button" onClick={() => setQr(true)}>
            {t('flow.presentation.qr')}
          </button>
        </div>
      </header>
      <DeckNotice />
      {card ? (
        <div className="present__body present__body--card">
          <DeckCard />
        </div>
      ) : (
        <div className="present__body">
          <FlowStage
            steps={steps}
            index={index}
            end={end}
            stage
            {...(landscape ? { orientation: 'landscape' as const } : {})}
          />
          <FlowNarration
            trace={trace}
            step={current}
            position={flowPosition}
            atEnd={index === end}
            fit={landscape}
          />
        </div>
      )}
      <footer className="present__footer">
        {failed && (
          <p role="alert" className="present__failed">
            {t('deck.stage.failed')}
          </p>
        )}
        <FlowControls index={index} end={end} total={end + 1} hint={false} />
        <CornerQr url={followUrl} />
        <p id="present-keys" className="visually-hidden">
          {deck ? t('deck.stage.keys') : t('flow.presentation.keys')}
        </p>
      </footer>
      {deck && position.blank && (
        <div className="present__blank" data-testid="stage-blank" role="status">
          <span className="visually-hidden">{t('deck.stage.blanked')}</span>
        </div>
      )}
      {qr && <QrDialog url={followUrl} onClose={() => setQr(false)} />}
    </main>
  )
}
