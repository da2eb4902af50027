import { useEffect } from 'react'
import { entryFragment } from '../../scenarios/share/deck'
import { useAppStore } from '../../state/store'
import { connectDeckSync, DECK_CHANNEL, type DeckChannelLike } from '../deck/deckSync'
import { openSharedScenario } from '../deck/openScenario'
import { readSyncMessage, SYNC_CHANNEL } from '../presentation/sync'

/** The follow view's scenario (its share fragment), as its URL says. */
let current = typeof window === 'undefined' ? '' : entryFragment(window.location.hash)

/** Keeps the follow view's URL on the scenario it shows (a reload lands on the same one). */
function writeFragment(fragment: string) {
  current = fragment
  const url = new URL(window.location.href)
  url.hash = fragment
  window.history.replaceState(window.history.state, '', url.toString())
}

/**
 * A follow view in the same browser as the stage follows it, without a server: the deck channel
 * (scenario and step) and the presentation channel (the step of a single scenario). It listens
 * only: moving on the phone never moves the stage.
 */
export function useFollowSync() {
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const self = crypto.randomUUID()
    const deckChannel = new BroadcastChannel(DECK_CHANNEL) as unknown as DeckChannelLike
    const disconnect = connectDeckSync(
      deckChannel,
      {
        snapshot: () => undefined,
        apply: async ({ fragment, step }) => {
          if (fragment !== current) {
            if (!(await openSharedScenario(fragment))) return
            writeFragment(fragment)
          }
          useAppStore.getState().seek(step)
        },
        subscribe: () => () => undefined,
      },
      self,
      true,
    )
    const stepChannel = new BroadcastChannel(SYNC_CHANNEL)
    stepChannel.onmessage = (event: MessageEvent) => {
      const message = readSyncMessage(event.data, self)
      if (message?.type === 'step') useAppStore.getState().seek(message.index)
    }
    stepChannel.postMessage({ type: 'hello', from: self })
    return () => {
      disconnect()
      stepChannel.close()
    }
  }, [])
}
