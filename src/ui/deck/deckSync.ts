/**
 * Keeps the windows of a deck together (the stage, the presenter's window, a follow view in the
 * same browser) through a BroadcastChannel: same origin, same browser, nothing leaves it. Each
 * message carries the whole position (scenario, card, reveal, blank, step) and the scenario's
 * share fragment, so a window switches scenario as well as step, and a follow view (which has no
 * deck) can open the scenario itself. Pure wiring over a channel-like object: tests use a fake.
 */
import type { DeckPosition } from './deckStore'

export const DECK_CHANNEL = 'irsa-lab.deck'

export interface DeckSnapshot {
  position: DeckPosition
  step: number
  /** The scenario on stage as a share fragment (`p=…` or `s=…`). */
  fragment: string
}

export type DeckMessage =
  | ({ type: 'deck-position'; from: string } & DeckSnapshot)
  /** A window that just opened asks where the others are. */
  | { type: 'deck-hello'; from: string }

export interface DeckChannelLike {
  postMessage: (message: DeckMessage) => void
  onmessage: ((event: { data: unknown }) => void) | null
  close: () => void
}

const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0

/** A message from another window, or undefined for anything else (including our own echoes). */
export function readDeckMessage(data: unknown, self: string): DeckMessage | undefined {
  if (!data || typeof data !== 'object') return undefined
  const m = data as Record<string, unknown>
  if (typeof m.from !== 'string' || m.from === self) return undefined
  if (m.type === 'deck-hello') return { type: 'deck-hello', from: m.from }
  if (m.type !== 'deck-position' || !isIndex(m.step) || typeof m.fragment !== 'string')
    return undefined
  const p = m.position as Record<string, unknown> | null
  if (!p || typeof p !== 'object' || !isIndex(p.slide)) return undefined
  if (
    typeof p.card !== 'boolean' ||
    typeof p.revealed !== 'boolean' ||
    typeof p.blank !== 'boolean'
  )
    return undefined
  return {
    type: 'deck-position',
    from: m.from,
    step: m.step,
    fragment: m.fragment,
    position: { slide: p.slide, card: p.card, revealed: p.revealed, blank: p.blank },
  }
}

export interface DeckSyncTarget {
  /** Where this window is, or undefined while it has nothing to show. */
  snapshot: () => DeckSnapshot | undefined
  /** Moves this window to another's position. */
  apply: (snapshot: DeckSnapshot) => Promise<void>
  /** Calls `listener` whenever this window settles on a new position; returns the unsubscriber. */
  subscribe: (listener: () => void) => () => void
}

const same = (a: DeckSnapshot, b: DeckSnapshot) =>
  a.step === b.step &&
  a.fragment === b.fragment &&
  a.position.slide === b.position.slide &&
  a.position.card === b.position.card &&
  a.position.revealed === b.position.revealed &&
  a.position.blank === b.position.blank

/**
 * Connects a window to the channel. A remote position is applied without being sent back (no
 * ping-pong); a local move is announced; a newcomer's hello is answered. `listenOnly` (the follow
 * view): never announces its own moves. Returns the disconnector.
 */
export function connectDeckSync(
  channel: DeckChannelLike,
  target: DeckSyncTarget,
  self: string,
  listenOnly = false,
): () => void {
  let applying = false
  let wanted: DeckSnapshot | undefined
  let last: DeckSnapshot | undefined

  const announce = () => {
    if (listenOnly || applying) return
    const now = target.snapshot()
    if (!now || (last && same(now, last))) return
    last = now
    channel.postMessage({ type: 'deck-position', from: self, ...now })
  }

  const drain = async () => {
    if (applying) return
    applying = true
    try {
      while (wanted) {
        const next = wanted
        wanted = undefined
        const now = target.snapshot()
        if (!now || !same(now, next)) await target.apply(next)
      }
    } finally {
      applying = false
      last = target.snapshot()
    }
  }

  channel.onmessage = (event) => {
    const message = readDeckMessage(event.data, self)
    if (!message) return
    if (message.type === 'deck-hello') {
      if (listenOnly) return
      const now = target.snapshot()
      if (now) channel.postMessage({ type: 'deck-position', from: self, ...now })
      return
    }
    wanted = { position: message.position, step: message.step, fragment: message.fragment }
    void drain()
  }
  const unsubscribe = target.subscribe(announce)
  last = target.snapshot()
  channel.postMessage({ type: 'deck-hello', from: self })
  return () => {
    unsubscribe()
    channel.onmessage = null
    channel.close()
  }
}
