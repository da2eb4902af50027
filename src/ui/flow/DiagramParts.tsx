/** The pieces of the flow diagram: an actor, a message and its travelling packet, the caption. */
import type { CSSProperties } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { CaptionLine } from './caption'
import {
  fitFont,
  splitInTwo,
  type ActorView,
  type Box,
  type MessageView,
  type Orientation,
} from './layout'

const BADGE: Record<ActorView['state'], string> = {
  idle: '',
  visited: '',
  pass: '✔',
  fail: '✘',
  info: 'i',
}

/** Font sizes in user units: a phone shows the portrait diagram at about 0.9 px per unit. */
const FONT = {
  landscape: { name: 20, sub: 14.5, caption: 20, packet: 14 },
  portrait: { name: 15, sub: 11.5, caption: 14, packet: 11.5 },
} as const

/**
 * An actor: its box, its name and role, and a badge with the state of its latest step. On a
 * stage (`minSize`: the smallest text allowed, in user units) it shows its short name only, never
 * smaller than that size.
 */
export function ActorBox({
  view,
  orientation,
  minSize,
}: {
  view: ActorView
  orientation: Orientation
  minSize?: number
}) {
  const { t } = useTranslation()
  const { box, actor, state, current } = view
  if (minSize !== undefined) return <StageActor view={view} minSize={minSize} />
  const font = FONT[orientation]
  // The pod is a container of the SDK: its label goes to the top left, out of the SDK's way.
  const container = actor === 'pod'
  const tx = container ? box.x + 14 : box.x + box.w / 2
  const ty = container ? box.y + 26 : box.y + box.h / 2 - 2
  const name = t(`flow.actors.${actor}.name`)
  const sub = t(`flow.actors.${actor}.sub`)
  const room = box.w - 20
  // A long name takes two lines rather than shrinking below legibility.
  const wrap = fitFont(name, room, font.name) < font.name * 0.85 ? splitInTwo(name) : [name]
  const nameSize = Math.min(...wrap.map((line) => fitFont(line, room, font.name)))
  const top = ty - (wrap.length - 1) * nameSize * 0.6
  const subY = top + (wrap.length - 1) * nameSize * 1.15 + font.sub + 6
  return (
    <g
      className={`flow__actor flow__actor--${state}${current ? ' flow__actor--current' : ''}`}
      data-actor={actor}
      data-state={state}
    >
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={10} className="flow__actor-box" />
      <text
        x={tx}
        y={top}
        textAnchor={container ? 'start' : 'middle'}
        className="flow__actor-name"
        fontSize={nameSize}
      >
        {wrap.map((line, i) => (
          <tspan key={i} x={tx} dy={i === 0 ? 0 : nameSize * 1.15}>
            {line}
          </tspan>
        ))}
      </text>
      <text
        x={tx}
        y={subY}
        textAnchor={container ? 'start' : 'middle'}
        className="flow__actor-sub"
        fontSize={fitFont(sub, room, font.sub)}
      >
        {sub}
      </text>
      {BADGE[state] && (
        <g className="flow__badge" aria-hidden="true">
          <circle cx={box.x + box.w - 4} cy={box.y + 4} r={11} />
          <text x={box.x + box.w - 4} y={box.y + 8.5} textAnchor="middle" fontSize={13}>
            {BADGE[state]}
          </text>
        </g>
      )}
    </g>
  )
}

/** An actor on the stage: its short name, as large as the stage needs, and its badge. */
function StageActor({ view, minSize }: { view: ActorView; minSize: number }) {
  const { t } = useTranslation()
  const { box, actor, state, current } = view
  const container = actor === 'pod'
  const size = Math.max(FONT.landscape.name, minSize)
  const name = t(`flow.actors.${actor}.short`)
  const room = box.w - 16
  const wrap = fitFont(name, room, size) < size ? splitInTwo(name) : [name]
  const tx = container ? box.x + 12 : box.x + box.w / 2
  const top = container
    ? box.y + size + 4
    : box.y + box.h / 2 + size * 0.35 - (wrap.length - 1) * size * 0.575
  const r = size * 0.7
  return (
    <g
      className={`flow__actor flow__actor--${state}${current ? ' flow__actor--current' : ''}`}
      data-actor={actor}
      data-state={state}
    >
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={10} className="flow__actor-box" />
      <text
        x={tx}
        y={top}
        textAnchor={container ? 'start' : 'middle'}
        className="flow__actor-name"
        fontSize={size}
      >
        {wrap.map((line, i) => (
          <tspan key={i} x={tx} dy={i === 0 ? 0 : size * 1.15}>
            {line}
          </tspan>
        ))}
      </text>
      {BADGE[state] && (
        <g className="flow__badge" aria-hidden="true">
          <circle cx={box.x + box.w - r * 0.4} cy={box.y + r * 0.4} r={r} />
          <text
            x={box.x + box.w - r * 0.4}
            y={box.y + r * 0.4 + size * 0.35}
            textAnchor="middle"
            fontSize={size}
          >
            {BADGE[state]}
          </text>
        </g>
      )}
    </g>
  )
}

/** A message between two actors: a line with an arrowhead; the current one is drawn on. */
export function MessageLine({ message }: { message: MessageView }) {
  const { x1, y1, x2, y2, status, current } = message
  return (
    <line
      x1={x1}
      y1={y1}
      x2={x2}
      y2={y2}
      pathLength={1}
      className={`flow__message flow__message--${status}${current ? ' flow__message--current' : ''}`}
      markerEnd={`url(#flow-arrow-${current ? status : 'past'})`}
      data-step-id={message.stepId}
    />
  )
}

/** What travels with the current message (the token, the credentials…), from sender to receiver. */
export function Packet({
  message,
  label,
  orientation,
  minSize,
}: {
  message: MessageView
  label: string
  orientation: Orientation
  /** The smallest text allowed (a stage), in user units. */
  minSize?: number
}) {
  const size = Math.max(FONT[orientation].packet, minSize ?? 0)
  const w = Math.max(44, label.length * size * 0.62 + 18)
  const style = {
    '--x1': `${message.x1}px`,
    '--y1': `${message.y1}px`,
    '--x2': `${message.x2}px`,
    '--y2': `${message.y2}px`,
  } as CSSProperties
  return (
    <g
      className={`flow__packet flow__packet--${message.status}`}
      style={style}
      data-packet={message.stepId}
    >
      <rect x={-w / 2} y={-size} width={w} height={size * 2} rx={size} />
      <text y={size * 0.36} textAnchor="middle" fontSize={size}>
        {label}
      </text>
    </g>
  )
}

/** The band under the diagram: the current step and its compared values, in as many lines as fit. */
export function Caption({
  box,
  lines,
  status,
  orientation,
}: {
  box: Box
  lines: CaptionLine[]
  status: string
  orientation: Orientation
}) {
  const size = FONT[orientation].caption
  return (
    <g className={`flow__caption flow__caption--${status}`}>
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={8} />
      {lines.map((line, i) => (
        <text
          key={i}
          x={box.x + 16}
          y={box.y + 10 + size * (i + 1) * 1.25}
          fontSize={i === 0 ? size : size * 0.85}
          className={i === 0 ? 'flow__caption-title' : 'flow__caption-fact'}
          xmlSpace="preserve"
        >
          {line.markAt === undefined ? (
            line.text
          ) : (
            <>
              {line.text.slice(0, line.markAt)}
              <tspan className="flow__caption-diff" data-testid="caption-diff">
                {line.text.slice(line.markAt, line.markAt + 1) || '␣'}
              </tspan>
              {line.text.slice(line.markAt + 1)}
            </>
          )}
        </text>
      ))}
    </g>
  )
}
