import { useEffect } from 'react'
import { useAppStore } from '../../state/store'
import { connectSync, SYNC_CHANNEL, type ChannelLike } from './sync'

/**
 * Joins the presentation's BroadcastChannel, so that every open view shows the same step. Off
 * (`enabled` false) for a deck, whose own channel carries the scenario with the step.
 */
export function usePresentationSync(enabled = true) {
  useEffect(() => {
    if (!enabled || typeof BroadcastChannel === 'undefined') return
    const channel = new BroadcastChannel(SYNC_CHANNEL) as unknown as ChannelLike
    const self = crypto.randomUUID()
    return connectSync(
      channel,
      {
        getIndex: () => useAppStore.getState().stepIndex,
        seek: (index) => useAppStore.getState().seek(index),
        subscribe: (listener) =>
          useAppStore.subscribe(
            (s, prev) => s.stepIndex !== prev.stepIndex && listener(s.stepIndex),
          ),
      },
      self,
    )
  }, [enabled])
}
