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
  const draft = useAppStore((s) => s.draft)
  const stepIndex = useAppStore((s) => s.stepIndex)
  useEffect(() => {
    if (!active || !draft) return
    let current = true
    const { presetId, signingKey } = useAppStore.getState()
    void createShareLink(
      { draft, presetId, ...(signingKey ? { signingKey } : {}), step: stepIndex },
      'redact',
    ).then((link) => {
      if (current) setUrl(shareUrlFor(link.fragment))
    })
    return () => {
      current = false
    }
  }, [active, draft, stepIndex])
  return active ? url : undefined
}
