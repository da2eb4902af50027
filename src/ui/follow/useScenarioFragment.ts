import { useEffect, useState } from 'react'
import { entryFragment } from '../../scenarios/share/deck'
import { isShareFragment } from '../../scenarios/share/fragment'
import { createShareLink } from '../../scenarios/share/link'
import { useAppStore } from '../../state/store'
import { useDeckStore } from '../deck/deckStore'

/**
 * The scenario on screen as a share fragment (`p=…` or `s=…`, no step): a deck's current entry,
 * else the page's own link, else one made from the scenario (a real token redacted, as on any
 * screen others see). Undefined while it is being made.
 */
export function useScenarioFragment(): string | undefined {
  const fromDeck = useDeckStore((s) =>
    s.loaded === s.position.slide ? s.deck?.entries[s.position.slide]?.fragment : undefined,
  )
  const hasDeck = useDeckStore((s) => s.deck !== undefined)
  const draft = useAppStore((s) => s.draft)
  const [made, setMade] = useState<{ draft: unknown; fragment: string }>()
  const fromPage =
    typeof window !== 'undefined' && isShareFragment(window.location.hash)
      ? entryFragment(window.location.hash)
      : undefined
  useEffect(() => {
    if (hasDeck || fromPage || !draft) return
    let current = true
    const { presetId, signingKey } = useAppStore.getState()
    void createShareLink({ draft, presetId, ...(signingKey ? { signingKey } : {}) }, 'redact').then(
      (link) => {
        if (current) setMade({ draft, fragment: entryFragment(link.fragment) })
      },
    )
    return () => {
      current = false
    }
  }, [hasDeck, fromPage, draft])
  if (hasDeck) return fromDeck
  return fromPage ?? (made && made.draft === draft ? made.fragment : undefined)
}
