import { useEffect } from 'react'
import { useAppStore } from '../../state/store'
import { connectSync, SYNC_CHANNEL, type ChannelLike } from './sync'

/** Joins the presentation's BroadcastChannel, so that every open view shows the same step. */
export function usePresentationSync() {
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
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
  }, [])
}
