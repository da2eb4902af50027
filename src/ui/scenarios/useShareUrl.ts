import { useEffect, useState } from 'react'
import { createShareLink } from '../../scenarios/share/link'
import { useAppStore } from '../../state/store'

/** The full URL of a share fragment, on this page's own path (the view parameter dropped). */
export function shareUrlFor(fragment: string, href: string = window.location.href): string {
  const url = new URL(href)
  url.searchParams.delete('view')
  url.hash = fragment
  return url.toString()
}

/**
 * The share link of the current scenario and step, while `active`. For a screen everyone sees
 * (the QR code), a real token is always redacted: no consent can be asked of a projector.
 */
export function useShareUrl(active: boolean): string | undefined {
  const [url, setUrl] = useState<string>()
  // The draft as of the latest run, not every keystroke's: a link per keystroke re-rendered the flow.
  const draft = useAppStore((s) => s.settledDraft)
  const stepIndex = useAppStore((s) => s.stepIndex)
  useEffect(() => {
    if (!active || !draft) return
    let current = true
    // When the page is idle: a large scenario's link takes tens of milliseconds (the reference
    // scenario, the pod's redaction, the compression), not to be spent between a keystroke and
    // its verdict. A newer draft cancels it.
    const make = () => {
      if (!current) return
      const { presetId, signingKey } = useAppStore.getState()
      void createShareLink(
        { draft, presetId, ...(signingKey ? { signingKey } : {}), step: stepIndex },
        'redact',
      ).then((link) => {
        if (current) setUrl(shareUrlFor(link.fragment))
      })
    }
    let cancel: () => void
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(make, { timeout: 2000 })
      cancel = () => cancelIdleCallback(handle)
    } else {
      const handle = setTimeout(make, 0)
      cancel = () => clearTimeout(handle)
    }
    return () => {
      current = false
      cancel()
    }
  }, [active, draft, stepIndex])
  return active ? url : undefined
}
