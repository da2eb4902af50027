import { useMemo, useRef, type Ref } from 'react'
import type { IrsaStep } from '../../engine'
import { FlowDiagram } from './FlowDiagram'
import { useOrientation, useStageUnits } from './hooks'
import { layoutFlow, type Orientation } from './layout'

export interface FlowStageProps {
  steps: readonly IrsaStep[]
  index: number
  end: number
  svgRef?: Ref<SVGSVGElement>
  /** Forces an arrangement (the presenter's preview); by default it follows the width. */
  orientation?: Orientation
  /**
   * A stage: no text on the diagram smaller than the font size of the stage's container (CSS
   * pixels), whatever the diagram's scale.
   */
  stage?: boolean
}

/** The diagram at the cursor, drawn upright when its container is narrow. */
export function FlowStage({
  steps,
  index,
  end,
  svgRef,
  orientation: forced,
  stage = false,
}: FlowStageProps) {
  const wrap = useRef<HTMLDivElement>(null)
  const measured = useOrientation(wrap)
  const minSize = useStageUnits(wrap, stage)
  const orientation = forced ?? measured
  const layout = useMemo(() => layoutFlow(steps, index, orientation), [steps, index, orientation])
  return (
    <div ref={wrap} className="flow__stage">
      <FlowDiagram
        layout={layout}
        position={{ n: index + 1, total: end + 1 }}
        ref={svgRef}
        steps={steps}
        minSize={minSize}
      />
    </div>
  )
}
