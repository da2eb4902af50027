import { useTranslation } from '../../i18n/useTranslation'
import { FlowControls } from '../flow/FlowControls'
import { FlowNarration } from '../flow/FlowNarration'
import { FlowStage } from '../flow/FlowStage'
import { useFlowCursor } from '../flow/hooks'
import { useFlowKeyboard } from '../flow/useFlowKeyboard'
import { usePlayback } from '../flow/usePlayback'
import { useStepUrl } from '../flow/useStepUrl'
import { playgroundUrl } from '../follow/followUrl'
import { useScenarioFragment } from '../follow/useScenarioFragment'
import { useScenarioTitle } from './useScenarioTitle'

/**
 * The flow for an iframe in slides: the scenario's name, the diagram, the narration of the step
 * and the controls, and a link to the full playground on the same scenario. Clicker keys step.
 */
export function EmbedView() {
  const { t } = useTranslation()
  const { trace, steps, index, end, current } = useFlowCursor()
  const title = useScenarioTitle()
  const fragment = useScenarioFragment()
  usePlayback(index, end)
  useStepUrl()
  useFlowKeyboard(true)
  if (!trace || !current) return null
  const position = { n: index + 1, total: end + 1 }
  return (
    <main className="embed" aria-labelledby="embed-title">
      <header className="embed__header">
        <h1 id="embed-title" data-testid="embed-title">
          {title}
        </h1>
        {fragment !== undefined && (
          <a
            className="embed__back"
            href={playgroundUrl(window.location.href, fragment)}
            target="_blank"
            rel="noopener"
            title={t('deck.embed.backHint')}
            data-testid="embed-back"
          >
            {t('deck.embed.back')}
          </a>
        )}
      </header>
      <FlowStage steps={steps} index={index} end={end} />
      <FlowControls index={index} end={end} total={end + 1} hint={false} />
      <FlowNarration trace={trace} step={current} position={position} atEnd={index === end} />
    </main>
  )
}
