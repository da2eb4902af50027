import { useEffect, useState, type ReactNode } from 'react'
import { entryFragment, readDeckLink } from '../../scenarios/share/deck'
import { parseStepParam } from '../flow/stepParam'
import { startDeck, useDeckStore } from './deckStore'

/** The deck the page's URL carries, read once (the URL is rewritten as the deck moves). */
const link =
  typeof window === 'undefined'
    ? undefined
    : readDeckLink(window.location.search, window.location.hash)

/**
 * Opens the deck a stage or presenter link carries before showing the view, so that the first
 * frame is the deck's scenario. A link that cannot be read leaves a problem for the view's
 * notice and shows the view without a deck.
 */
export function DeckGate({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(
    () => !link || !link.result.ok || useDeckStore.getState().deck !== undefined,
  )
  useEffect(() => {
    if (!link) return
    if (!link.result.ok) {
      const { reason } = link.result
      useDeckStore.setState({
        problem: {
          reason,
          ...(link.result.entry !== undefined ? { entry: link.result.entry } : {}),
        },
      })
      return
    }
    const { deck } = link.result
    if (useDeckStore.getState().deck) return
    // The page opened the deck's scenario from the fragment next to the deck: no second load.
    const opened = entryFragment(window.location.hash) === deck.entries[link.index]?.fragment
    void startDeck(deck, link.index, opened, parseStepParam(window.location.search)).then(() =>
      setReady(true),
    )
  }, [])
  return ready ? children : null
}
