/**
 * Keeps the presentation window and the presenter view on the same step through a
 * BroadcastChannel (same origin, same browser: nothing leaves it). Either window may move; the
 * other follows. Pure wiring over a channel-like object, so tests use a fake channel.
 */

export const SYNC_CHANNEL = 'irsa-lab.presentation'

export type SyncMessage =
  | { type: 'step'; index: number; from: string }
  /** A window that just opened asks where the others are. */
  | { type: 'hello'; from: string }

export interface ChannelLike {
  postMessage: (message: SyncMessage) => void
  onmessage: ((event: { data: unknown }) => void) | null
  close: () => void
}

export interface SyncTarget {
  getIndex: () => number
  seek: (index: number) => void
  /** Calls `listener` with the new index whenever the local cursor moves. Returns the unsubscriber. */
  subscribe: (listener: (index: number) => void) => () => void
}

/** A message from another window, or undefined for anything else (including our own echoes). */
export function readSyncMessage(data: unknown, self: string): SyncMessage | undefined {
  if (!data || typeof data !== 'object') return undefined
  const m = data as Record<string, unknown>
  if (typeof m.from !== 'string' || m.from === self) return undefined
  if (m.type === 'hello') return { type: 'hello', from: m.from }
  if (m.type === 'step' && Number.isInteger(m.index) && (m.index as number) >= 0)
    return { type: 'step', index: m.index as number, from: m.from }
  return undefined
}

/**
 * Connects the local cursor to the channel. A remote step is applied without being sent back
 * (no ping-pong); a local move is announced; a newcomer's hello is answered with our step.
 * Returns the disconnector.
 */
export function connectSync(
  channel: ChannelLike,
  target: SyncTarget,
  self: string,
  announce = true,
): () => void {
  let applying = false
  channel.onmessage = (event) => {
    const message = readSyncMessage(event.data, self)
    if (!message) return
    if (message.type === 'hello') {
      channel.postMessage({ type: 'step', index: target.getIndex(), from: self })
      return
    }
    if (message.index === target.getIndex()) return
    applying = true
    try {
      target.seek(message.index)
    } finally {
      applying = false
    }
  }
  const unsubscribe = target.subscribe((index) => {
    if (!applying) channel.postMessage({ type: 'step', index, from: self })
  })
  if (announce) channel.postMessage({ type: 'hello', from: self })
  return () => {
    unsubscribe()
    channel.onmessage = null
    channel.close()
  }
}
