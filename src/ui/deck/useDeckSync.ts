import { useEffect } from 'react'
import { useAppStore } from '../../state/store'
import { connectDeckSync, DECK_CHANNEL, type DeckChannelLike, type DeckSnapshot } from './deckSync'
import { goTo, useDeckStore } from './deckStore'

/** Where this window's deck is, as the channel carries it. */
export function deckSnapshot(): DeckSnapshot | undefined {
  const { deck, position, busy, loaded } = useDeckStore.getState()
  const entry = deck?.entries[position.slide]
  if (!entry || busy > 0 || loaded !== position.slide) return undefined
  return { position, step: useAppStore.getState().stepIndex, fragment: entry.fragment }
}

/** Joins the deck's BroadcastChannel: the stage and the presenter's window move together. */
export function useDeckSync(enabled = true) {
  useEffect(() => {
    if (!enabled || typeof BroadcastChannel === 'undefined') return
    const channel = new BroadcastChannel(DECK_CHANNEL) as unknown as DeckChannelLike
    return connectDeckSync(
      channel,
      {
        snapshot: deckSnapshot,
        apply: ({ position, step }) => goTo({ ...position, step }),
        subscribe: (listener) => {
          const a = useDeckStore.subscribe(listener)
          const b = useAppStore.subscribe((s, prev) => s.stepIndex !== prev.stepIndex && listener())
          return () => {
            a()
            b()
          }
        },
      },
      crypto.randomUUID(),
    )
  }, [enabled])
}
