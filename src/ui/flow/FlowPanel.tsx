import { useRef } from 'react'
import { DeckButton } from '../deck/DeckButton'
import { viewUrl } from '../presentation/links'
import { useShareUrl } from '../scenarios/useShareUrl'
import { useTranslation } from '../../i18n/useTranslation'
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
 * any screen others see), in a new tab. Its link is made when someone points at or focuses it
 * (`useShareUrl`), not after every run; a click that comes first waits for it (a user's click
 * may open a tab for a few seconds after it).
 */
function PresentLink() {
  const { t } = useTranslation()
  const { url, prepare } = useShareUrl()
  const prepareNow = () => void prepare()
  return (
    <a
      className="flow__present"
      // Before its link is made: this page's presentation view (never followed by a click).
      href={viewUrl(url ?? window.location.href, 'present')}
      target="_blank"
      rel="noopener"
      title={t('flow.presentation.presentHint')}
      data-testid="open-present"
      onPointerEnter={prepareNow}
      onFocus={prepareNow}
      onClick={(event) => {
        if (url) return
        event.preventDefault()
        void prepare().then(
          (made) => made && window.open(viewUrl(made, 'present'), '_blank', 'noopener'),
        )
      }}
    >
      {t('flow.presentation.present')}
    </a>
  )
}
