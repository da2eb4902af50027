import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FlowControls } from '../flow/FlowControls'
import { FlowNarration } from '../flow/FlowNarration'
import { FlowStage } from '../flow/FlowStage'
import { useFlowCursor } from '../flow/hooks'
import { Icon } from '../flow/Icon'
import { useFlowKeyboard } from '../flow/useFlowKeyboard'
import { usePlayback } from '../flow/usePlayback'
import { useStepUrl } from '../flow/useStepUrl'
import { useShareUrl } from '../scenarios/useShareUrl'
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
 * Presentation mode, projector first: the scenario's name, the diagram and the narration of the
 * step, and the controls, all on one screen without scrolling at any size down to 1280×720 at
 * 200 % zoom. The stage's type is sized to the screen (`--stage-text`, never under 24 physical
 * pixels at 1280×720); the narration leaves out its least needed parts rather than scroll.
 * F full screen, P presenter view, Q a QR code of the page.
 */
export function PresentView() {
  const { t } = useTranslation()
  const { trace, steps, index, end, current } = useFlowCursor()
  const [qr, setQr] = useState(false)
  const shareUrl = useShareUrl(qr)
  const [fullscreen, toggleFullscreen] = useFullscreen()
  const landscape = useLandscapeScreen()
  const title = useScenarioTitle()
  usePlayback(index, end)
  useStepUrl()
  usePresentationSync()
  useFlowKeyboard(true, {
    fullscreen: toggleFullscreen,
    presenter: openPresenter,
    qr: () => setQr(true),
  })
  useEffect(() => {
    document.title = `${title} · IRSA Lab`
  }, [title])
  if (!trace || !current) return null
  const position = { n: index + 1, total: end + 1 }
  const fullscreenLabel = fullscreen
    ? t('flow.presentation.exitFullscreen')
    : t('flow.presentation.fullscreen')
  return (
    <main
      className="present"
      aria-labelledby="present-title"
      aria-describedby="present-keys"
      data-testid="stage"
    >
      <header className="present__header">
        <h1 id="present-title" data-testid="stage-title">
          {title}
        </h1>
        <div className="present__tools">
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
          position={position}
          atEnd={index === end}
          fit={landscape}
        />
      </div>
      <footer className="present__footer">
        <FlowControls index={index} end={end} total={end + 1} hint={false} />
        <p id="present-keys" className="visually-hidden">
          {t('flow.presentation.keys')}
        </p>
      </footer>
      {qr && <QrDialog url={shareUrl} onClose={() => setQr(false)} />}
    </main>
  )
}
