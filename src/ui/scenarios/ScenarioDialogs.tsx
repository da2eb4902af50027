import { useCallback, useEffect, useState } from 'react'
import { createShareLink, type ShareLink } from '../../scenarios/share/link'
import { useAppStore } from '../../state/store'
import { GalleryDialog } from './GalleryDialog'
import { ShareDialog } from './ShareDialog'
import { useDialog } from './useDialog'
import { shareUrlFor } from './useShareUrl'

/** Which dialog the toolbar asked for; a new object per click, so the same dialog can reopen. */
export interface DialogRequest {
  kind: 'gallery' | 'share'
}

/**
 * The gallery and the share dialog, with the share-link codec behind them: a chunk of its own,
 * loaded on the first click (or when the browser is idle), so the first screen does not wait.
 */
export function ScenarioDialogs({ request }: { request: DialogRequest }) {
  const [galleryRef, openGallery, closeGallery] = useDialog()
  const [shareRef, openShare, closeShare] = useDialog()
  // The link belongs to the request it was made for: a new Share click never shows an old link.
  const [made, setMade] = useState<{ for: DialogRequest; link: ShareLink & { url: string } }>()
  const link = made?.for === request ? made.link : undefined

  const makeLink = useCallback(
    (realToken: 'include' | 'redact' = 'redact') => {
      const { draft, presetId, signingKey, stepIndex } = useAppStore.getState()
      if (!draft) return
      void createShareLink(
        { draft, presetId, ...(signingKey ? { signingKey } : {}), step: stepIndex },
        realToken,
      ).then((created) =>
        setMade({ for: request, link: { ...created, url: shareUrlFor(created.fragment) } }),
      )
    },
    [request],
  )

  useEffect(() => {
    if (request.kind === 'gallery') return openGallery()
    openShare()
    makeLink()
  }, [request, openGallery, openShare, makeLink])

  return (
    <>
      <GalleryDialog ref={galleryRef} onClose={closeGallery} />
      <ShareDialog ref={shareRef} link={link} onChoose={makeLink} onClose={closeShare} />
    </>
  )
}
