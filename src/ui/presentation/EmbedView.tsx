import { FlowControls } from '../flow/FlowControls'
import { FlowStage } from '../flow/FlowStage'
import { useFlowCursor } from '../flow/hooks'
import { useFlowKeyboard } from '../flow/useFlowKeyboard'
import { usePlayback } from '../flow/usePlayback'
import { useStepUrl } from '../flow/useStepUrl'

/** Only the flow and its controls, for an iframe in slides. Clicker keys step, as in a deck. */
export function EmbedView() {
  const { trace, steps, index, end, current } = useFlowCursor()
  usePlayback(index, end)
  useStepUrl()
  useFlowKeyboard(true)
  if (!trace || !current) return null
  return (
    <main className="embed">
      <FlowStage steps={steps} index={index} end={end} />
      <FlowControls index={index} end={end} total={end + 1} hint={false} />
    </main>
  )
}
