import { useCallback, useState } from 'react'
import type { ScenarioDraft } from '../../scenarios/draft'
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
 * The share link of the current scenario (as of the latest run) at the current step, made on
 * demand: `prepare()` makes it (once per scenario and step), `url` is it once made for what is on
 * screen now. For a screen everyone sees, a real token is always redacted: no consent can be
 * asked of a projector.
 *
 * On demand, not after every run: a large scenario's link takes tens of milliseconds at full
 * speed (the reference scenario, the pod's redaction, the compression), and made after each run
 * it ran right when the next keystroke came (issue #18: with the scale inputs, 131 ms per
 * keystroke at CPU 4×). Its one user asks when someone points at, focuses or clicks it.
 */
export function useShareUrl(): {
  url: string | undefined
  prepare: () => Promise<string | undefined>
} {
  const draft = useAppStore((s) => s.settledDraft)
  const step = useAppStore((s) => s.stepIndex)
  const [made, setMade] = useState<{ draft: ScenarioDraft; step: number; url: string }>()
  const url = made && made.draft === draft && made.step === step ? made.url : undefined
  const prepare = useCallback(async () => {
    if (url || !draft) return url
    const { presetId, signingKey } = useAppStore.getState()
    const link = await createShareLink(
      { draft, presetId, ...(signingKey ? { signingKey } : {}), step },
      'redact',
    )
    const next = shareUrlFor(link.fragment)
    setMade({ draft, step, url: next })
    return next
  }, [url, draft, step])
  return { url, prepare }
}
