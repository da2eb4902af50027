import { useShareUrl } from '../scenarios/useShareUrl'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FlowControls } from '../flow/FlowControls'
import { FlowNarration } from '../flow/FlowNarration'
import { FlowStage } from '../flow/FlowStage'
import { useFlowCursor } from '../flow/hooks'
import { Icon } from '../flow/Icon'
import { useFlowKeyboard } from '../flow/useFlowKeyboard'
import { usePlayback } from '../flow/usePlayback'
import { useStepUrl } from '../flow/useStepUrl'
import { viewUrl } from './links'
import { QrDialog } from './QrDialog'
import { useFullscreen } from './useFullscreen'
import { usePresentationSync } from './usePresentationSync'

/** Opens the presenter's window beside this one (same origin: they talk over BroadcastChannel). */
function openPresenter() {
  window.open(
    viewUrl(window.location.href, 'presenter'),
    'irsa-lab-presenter',
    'popup,width=1100,height=760',
  )
}

/**
 * Presentation mode: the flow alone, large enough for the back of the room, one step per clicker
 * press, the outcome at the end. F full screen, P presenter view, Q a QR code of the page.
 */
export function PresentView() {
  const { t } = useTranslation()
  const { trace, steps, index, end, current } = useFlowCursor()
  const [qr, setQr] = useState(false)
  const shareUrl = useShareUrl(qr)
  const [fullscreen, toggleFullscreen] = useFullscreen()
  usePlayback(index, end)
  useStepUrl()
  usePresentationSync()
  useFlowKeyboard(true, {
    fullscreen: toggleFullscreen,
    presenter: openPresenter,
    qr: () => setQr(true),
  })
  if (!trace || !current) return null
  const position = { n: index + 1, total: end + 1 }
  return (
    <main className="present" aria-labelledby="present-title">
      <header className="present__header">
        <h1 id="present-title">{t('flow.presentation.title')}</h1>
        <div className="present__tools">
          <button type="button" onClick={toggleFullscreen} aria-pressed={fullscreen}>
            <Icon name="fullscreen" />{' '}
            {fullscreen ? t('flow.presentation.exitFullscreen') : t('flow.presentation.fullscreen')}
          </button>
          <button type="button" onClick={openPresenter}>
            {t('flow.presentation.presenter')}
          </button>
          <button type="button" onClick={() => setQr(true)}>
            {t('flow.presentation.qr')}
          </button>
        </div>
      </header>
      <div className="present__body">
        <FlowStage steps={steps} index={index} end={end} />
        <FlowNarration trace={trace} step={current} position={position} atEnd={index === end} />
      </div>
      <footer className="present__footer">
        <FlowControls index={index} end={end} total={end + 1} hint={false} />
        <p className="flow__hint">{t('flow.presentation.keys')}</p>
      </footer>
      {qr && <QrDialog url={shareUrl} onClose={() => setQr(false)} />}
    </main>
  )
}
