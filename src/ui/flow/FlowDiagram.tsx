import type { Ref } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { captionLines } from './caption'
import type { IrsaStep } from '../../engine'
import { packetLabel, sentenceKey } from './copy'
import { ActorBox, Caption, MessageLine, Packet } from './DiagramParts'
import type { FlowLayout } from './layout'

export interface FlowDiagramProps {
  layout: FlowLayout<IrsaStep>
  /** Step n of total, for the accessible name. */
  position: { n: number; total: number }
  ref?: Ref<SVGSVGElement>
  /** The flow's steps, for captions that read a neighbour step. */
  steps?: readonly IrsaStep[]
  /**
   * A stage (presentation): no text smaller than this many user units, short actor names, and no
   * caption band (the narration beside it says the same, larger).
   */
  minSize?: number
}

/**
 * The IRSA chain as a diagram at the cursor: the actors in their zones, every message so far and
 * the current one with what it carries travelling along it. Drawn in SVG so it stays crisp on a
 * projector and exports as it is.
 */
export function FlowDiagram({ layout, position, ref, steps, minSize }: FlowDiagramProps) {
  const { t, i18n } = useTranslation()
  const exists = (k: string) => i18n.exists(k)
  const { arrangement: arr, actors, messages, current } = layout
  const orientation = arr.width < arr.height ? 'portrait' : 'landscape'
  const currentMessage = messages.find((m) => m.current)
  const packet = current && packetLabel(current, exists)
  const title = current ? t(sentenceKey(current.kind, 'title', current.status, exists)) : ''
  const stage = minSize !== undefined
  const regionSize = Math.max(orientation === 'portrait' ? 13 : 15, minSize ?? 0)
  return (
    <svg
      ref={ref}
      className={`flow__diagram flow__diagram--${orientation}`}
      viewBox={`0 0 ${arr.width} ${stage ? arr.caption.y - 4 : arr.height}`}
      role="img"
      aria-label={t('flow.diagramLabel', { ...position, title })}
      data-step={current?.id}
      xmlns="http://www.w3.org/2000/svg"
    >
      <defs>
        {(['past', 'pass', 'fail', 'info', 'skip'] as const).map((s) => (
          <marker
            key={s}
            id={`flow-arrow-${s}`}
            viewBox="0 0 10 10"
            refX={9}
            refY={5}
            markerWidth={7}
            markerHeight={7}
            orient="auto-start-reverse"
            className={`flow__arrow flow__arrow--${s}`}
          >
            <path d="M0,0 L10,5 L0,10 z" />
          </marker>
        ))}
      </defs>
      {(['cluster', 'aws'] as const).map((region) => {
        const box = arr.regions[region]
        return (
          <g key={region} className={`flow__region flow__region--${region}`}>
            <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={14} />
            <text x={box.x + 14} y={box.y + regionSize + 8} fontSize={regionSize}>
              {t(`flow.regions.${region}`)}
            </text>
          </g>
        )
      })}
      {messages
        .filter((m) => !m.current)
        .map((m) => (
          <MessageLine key={m.stepId} message={m} />
        ))}
      {actors.map((view) => (
        <ActorBox key={view.actor} view={view} orientation={orientation} minSize={minSize} />
      ))}
      {currentMessage && (
        <MessageLine key={`${currentMessage.stepId}-now`} message={currentMessage} />
      )}
      {currentMessage && packet && (
        <Packet
          key={currentMessage.stepId}
          message={currentMessage}
          label={'key' in packet ? t(packet.key) : packet.text}
          orientation={orientation}
          minSize={minSize}
        />
      )}
      {current && !stage && (
        <Caption
          box={arr.caption}
          status={current.status}
          orientation={orientation}
          lines={captionLines(current, t, exists, orientation === 'portrait', steps && { steps })}
        />
      )}
    </svg>
  )
}
