/**
 * Where the actors sit and where each message of the trace runs: pure geometry from `trace.steps`
 * and the cursor, so the diagram component only draws. Two arrangements: landscape (desktop,
 * projector) and portrait (phone), each in its own SVG user space.
 */
import type { Actor, Step } from '../../engine'

export type Orientation = 'landscape' | 'portrait'

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** The two trust zones drawn behind the actors. */
export type Region = 'cluster' | 'aws'

/** The actors of the IRSA chain; EKS Pod Identity's agent and EKS Auth are not drawn here. */
export type DrawnActor = Exclude<Actor, 'agent' | 'eks-auth'>

export interface Arrangement {
  width: number
  height: number
  regions: Record<Region, Box>
  actors: Record<DrawnActor, Box>
  /** The band under the diagram where the current step is captioned. */
  caption: Box
}

/** The box of an actor, when this arrangement draws it. */
export function boxOf(arr: Arrangement, actor: Actor): Box | undefined {
  return (arr.actors as Partial<Record<Actor, Box>>)[actor]
}

/** Drawn in this order; the SDK sits inside the pod, so it comes after it. */
export const ACTORS: readonly DrawnActor[] = [
  'webhook',
  'kubelet',
  'pod',
  'sdk',
  'oidc',
  'sts',
  'iam',
  's3',
]

const LANDSCAPE: Arrangement = {
  width: 1000,
  height: 690,
  regions: {
    cluster: { x: 12, y: 12, w: 460, h: 560 },
    aws: { x: 528, y: 12, w: 460, h: 560 },
  },
  actors: {
    webhook: { x: 36, y: 64, w: 196, h: 92 },
    kubelet: { x: 252, y: 64, w: 196, h: 92 },
    pod: { x: 36, y: 250, w: 412, h: 296 },
    sdk: { x: 216, y: 330, w: 210, h: 116 },
    oidc: { x: 552, y: 64, w: 412, h: 92 },
    sts: { x: 552, y: 300, w: 188, h: 116 },
    iam: { x: 776, y: 300, w: 188, h: 116 },
    s3: { x: 776, y: 462, w: 188, h: 84 },
  },
  caption: { x: 12, y: 584, w: 976, h: 98 },
}

const PORTRAIT: Arrangement = {
  width: 400,
  height: 750,
  regions: {
    cluster: { x: 6, y: 6, w: 388, h: 306 },
    aws: { x: 6, y: 322, w: 388, h: 296 },
  },
  actors: {
    webhook: { x: 18, y: 40, w: 172, h: 70 },
    kubelet: { x: 210, y: 40, w: 172, h: 70 },
    pod: { x: 18, y: 140, w: 364, h: 160 },
    sdk: { x: 190, y: 176, w: 178, h: 110 },
    // STS and S3 face the pod; the OIDC issuer and IAM sit behind STS, so no arrow crosses a box.
    sts: { x: 18, y: 358, w: 172, h: 96 },
    s3: { x: 210, y: 358, w: 172, h: 96 },
    oidc: { x: 18, y: 508, w: 172, h: 96 },
    iam: { x: 210, y: 508, w: 172, h: 96 },
  },
  caption: { x: 6, y: 630, w: 388, h: 114 },
}

/** The arrangement for an orientation. */
export function arrangement(orientation: Orientation): Arrangement {
  return orientation === 'portrait' ? PORTRAIT : LANDSCAPE
}

const center = (b: Box) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 })

/** Where the ray from `origin` (inside the box) towards (dx, dy) leaves the box. */
function exitPoint(b: Box, origin: { x: number; y: number }, dx: number, dy: number) {
  const along = (o: number, d: number, lo: number, hi: number) =>
    d > 0 ? (hi - o) / d : d < 0 ? (lo - o) / d : Infinity
  const s = Math.min(along(origin.x, dx, b.x, b.x + b.w), along(origin.y, dy, b.y, b.y + b.h))
  return { x: origin.x + dx * s, y: origin.y + dy * s }
}

export interface Segment {
  x1: number
  y1: number
  x2: number
  y2: number
}

/**
 * The arrow from one box to another: from edge to edge along the line between their centres,
 * moved sideways by `lane` units (to the left of the direction of travel) so that several
 * messages between the same actors stay apart.
 */
export function connect(from: Box, to: Box, lane = 0): Segment {
  const a = center(from)
  const b = center(to)
  const dx = b.x - a.x
  const dy = b.y - a.y
  const len = Math.hypot(dx, dy) || 1
  const px = (-dy / len) * lane
  const py = (dx / len) * lane
  const start = exitPoint(from, { x: a.x + px, y: a.y + py }, dx, dy)
  const end = exitPoint(to, { x: b.x + px, y: b.y + py }, -dx, -dy)
  const round = (n: number) => Math.round(n * 10) / 10
  return { x1: round(start.x), y1: round(start.y), x2: round(end.x), y2: round(end.y) }
}

export type ActorState = 'idle' | 'visited' | 'pass' | 'fail' | 'info'

export interface ActorView {
  actor: Actor
  box: Box
  state: ActorState
  /** Takes part in the current step. */
  current: boolean
}

export interface MessageView extends Segment {
  stepId: string
  kind: string
  from: Actor
  to: Actor
  status: Step['status']
  current: boolean
}

/** The diagram at the cursor; `S` the steps' type (the engine's typed `IrsaStep` in the app). */
export interface FlowLayout<S extends Step = Step> {
  arrangement: Arrangement
  actors: ActorView[]
  messages: MessageView[]
  /** The step under the cursor (undefined for an empty trace). */
  current?: S
}

const LANE_GAP = 14

/** A stable lane per (unordered) pair of actors and message kind, centred around the axis. */
function laneOf(step: Step, to: Actor, steps: readonly Step[]): number {
  const pair = (s: Step) => [s.actor, s.to].sort().join('|')
  const key = [step.actor, to].sort().join('|')
  const kinds: string[] = []
  for (const s of steps) {
    if (s.to && s.to !== s.actor && pair(s) === key && !kinds.includes(s.kind)) kinds.push(s.kind)
  }
  const lane = (kinds.indexOf(step.kind) - (kinds.length - 1) / 2) * LANE_GAP
  // Lanes are counted in one direction per pair; a reply takes the mirrored offset so that it
  // lands on its own side of the axis.
  return step.actor < to ? lane : -lane
}

const STATE_OF: Record<Step['status'], ActorState> = {
  pass: 'pass',
  fail: 'fail',
  info: 'info',
  skip: 'visited',
}

/**
 * The diagram at the cursor: every message of steps 0..stepIndex (the last one current), and each
 * actor with the state of the latest step it took part in. Skipped steps draw nothing.
 */
export function layoutFlow<S extends Step>(
  steps: readonly S[],
  stepIndex: number,
  orientation: Orientation,
): FlowLayout<S> {
  const arr = arrangement(orientation)
  const index = Math.min(Math.max(0, stepIndex), steps.length - 1)
  const visible = steps.slice(0, index + 1).filter((s) => s.status !== 'skip')
  const current = steps[index]
  const state = new Map<Actor, ActorState>()
  for (const s of visible) {
    for (const a of [s.actor, s.to]) {
      if (!a) continue
      // A failure stays visible on its actor: a later pass there must not hide it.
      if (state.get(a) !== 'fail') state.set(a, STATE_OF[s.status])
    }
  }
  const involved = new Set<Actor>(
    current ? [current.actor, ...(current.to ? [current.to] : [])] : [],
  )
  const actors = ACTORS.map((actor) => ({
    actor,
    box: arr.actors[actor],
    state: state.get(actor) ?? 'idle',
    current: involved.has(actor),
  }))
  const messages: MessageView[] = []
  for (const s of visible) {
    if (!s.to || s.to === s.actor) continue
    const from = boxOf(arr, s.actor)
    const to = boxOf(arr, s.to)
    if (!from || !to) continue
    messages.push({
      ...connect(from, to, laneOf(s, s.to, steps)),
      stepId: s.id,
      kind: s.kind,
      from: s.actor,
      to: s.to,
      status: s.status,
      current: s === current,
    })
  }
  return { arrangement: arr, actors, messages, current }
}

/** Rough advance of a character in ems: wide for Hangul and other CJK, narrower for Latin. */
const advance = (ch: string) => (/[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]/.test(ch) ? 1 : 0.6)

/** The font size (≤ `preferred`) at which `text` fits in `width` user units. */
export function fitFont(text: string, width: number, preferred: number): number {
  const ems = [...text].reduce((sum, ch) => sum + advance(ch), 0)
  if (ems === 0) return preferred
  return Math.min(preferred, Math.floor((width / ems) * 10) / 10)
}

/** Splits a label at the space nearest its middle (no space: unchanged). */
export function splitInTwo(text: string): string[] {
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index)
  if (spaces.length === 0) return [text]
  const middle = text.length / 2
  const at = spaces.reduce((best, i) => (Math.abs(i - middle) < Math.abs(best - middle) ? i : best))
  return [text.slice(0, at), text.slice(at + 1)]
}
