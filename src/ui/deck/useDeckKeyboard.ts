import { useEffect } from 'react'
import { flowKeyAction, ownsKey } from '../flow/keyboard'
import { deckNext, deckPrev, toggleBlank, useDeckStore } from './deckStore'

/**
 * A deck's clicker keys, ahead of the flow's own (capture phase): next and previous move through
 * title cards and scenarios as well as steps (→ ↓ space PageDown, ← ↑ PageUp: what presenters'
 * clickers send), B and . blank the screen (PowerPoint's and Keynote's keys, which clickers'
 * "blank" buttons send). Without a deck, nothing here runs.
 */
export function useDeckKeyboard() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!useDeckStore.getState().deck || event.defaultPrevented) return
      if (event.altKey || event.ctrlKey || event.metaKey) return
      if (ownsKey(event.target as Element | null, event.key)) return
      if (event.key === 'b' || event.key === 'B' || event.key === '.') {
        event.preventDefault()
        toggleBlank()
        return
      }
      const action = flowKeyAction(event, true)
      if (action === 'next') {
        event.preventDefault()
        deckNext()
      } else if (action === 'prev') {
        event.preventDefault()
        deckPrev()
      }
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [])
}
