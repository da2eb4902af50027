import { useRef } from 'react'
import { DeckButton } from '../deck/DeckButton'
import { viewUrl } from '../presentation/links'
import { useShareUrl } from '../scenarios/useShareUrl'
import { useTranslation } from 'react-i18next'
import { FlowControls } from './FlowControls'
import { FlowExport } from './FlowExport'
import { FlowNarration } from './FlowNarration'
import { FlowStage } from './FlowStage'
import { useFlowCursor } from './hooks'
import { usePlayback } from './usePlayback'
import { useFlowKeyboard } from './useFlowKeyboard'
import { useStepUrl } from './useStepUrl'
import './flow.css'

/**
 * The animated flow in the playground: the diagram, its controls, the narration of the current
 * step and the exports. A cursor over `trace.steps`; nothing here evaluates anything.
 */
export function FlowPanel() {
  const { t } = useTranslation()
  const { trace, steps, index, end, current } = useFlowCursor()
  const svgRef = useRef<SVGSVGElement>(null)
  usePlayback(index, end)
  useStepUrl()
  useFlowKeyboard(false)
  if (!trace || !current) return null
  const position = { n: index + 1, total: end + 1 }
  return (
    <section className="flow" aria-labelledby="flow-title">
      <div className="flow__heading">
        <h2 id="flow-title">{t('flow.title')}</h2>
        <PresentLink />
        <DeckButton />
      </div>
      <FlowStage steps={steps} index={index} end={end} svgRef={svgRef} />
      <FlowControls index={index} end={end} total={end + 1} />
      <FlowNarration trace={trace} step={current} position={position} atEnd={index === end} />
      <FlowExport svgRef={svgRef} end={end} />
    </section>
  )
}

/**
 * The presentation view of the current scenario at the current step (a real token redacted, as on
 * any screen others see). Its link is made when the page is idle after each run: only this link
 * re-renders when it arrives, not the flow (issue #18: nothing but the verdict after a keystroke).
 */
function PresentLink() {
  const { t } = useTranslation()
  const shareUrl = useShareUrl(true)
  const presentUrl = shareUrl && viewUrl(shareUrl, 'present')
  if (!presentUrl) return null
  return (
    <a
      className="flow__present"
      href={presentUrl}
      target="_blank"
      rel="noopener"
      title={t('flow.presentation.presentHint')}
      data-testid="open-present"
    >
      {t('flow.presentation.present')}
    </a>
  )
}
