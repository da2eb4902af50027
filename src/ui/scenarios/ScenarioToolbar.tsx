import { Suspense, useState } from 'react'
import { LearningTools } from '../../app/lazyPanels'
import { useTranslation } from 'react-i18next'
import { createShareLink, type ShareLink } from '../../scenarios/share/link'
import { useAppStore } from '../../state/store'
import { DEFAULT_PRESET_ID } from '../../scenarios/presets'
import { GalleryDialog } from './GalleryDialog'
import { loadPreset } from './loadPreset'
import { ShareDialog } from './ShareDialog'
import { useDialog } from './useDialog'
import { shareUrlFor } from './useShareUrl'

/** Gallery, share link, undo and redo: the scenario-level actions. */
export function ScenarioToolbar() {
  const { t } = useTranslation()
  const canUndo = useAppStore((s) => s.past.length > 0)
  const canRedo = useAppStore((s) => s.future.length > 0)
  const [galleryRef, openGallery, closeGallery] = useDialog()
  const [shareRef, openShare, closeShare] = useDialog()
  const [link, setLink] = useState<ShareLink & { url: string }>()

  const makeLink = async (realToken: 'include' | 'redact' = 'redact') => {
    const { draft, presetId, signingKey, stepIndex } = useAppStore.getState()
    if (!draft) return
    const created = await createShareLink(
      { draft, presetId, ...(signingKey ? { signingKey } : {}), step: stepIndex },
      realToken,
    )
    setLink({ ...created, url: shareUrlFor(created.fragment) })
  }

  return (
    <nav className="toolbar" aria-label={t('scenarios.toolbar.label')}>
      <button type="button" onClick={openGallery}>
        {t('scenarios.toolbar.gallery')}
      </button>
      <button
        type="button"
        onClick={() => {
          setLink(undefined)
          openShare()
          void makeLink()
        }}
      >
        {t('scenarios.toolbar.share')}
      </button>
      <button type="button" onClick={() => void loadPreset(DEFAULT_PRESET_ID)}>
        {t('scenarios.toolbar.reset')}
      </button>
      <button type="button" disabled={!canUndo} onClick={() => useAppStore.getState().undo()}>
        {t('scenarios.toolbar.undo')}
      </button>
      <button type="button" disabled={!canRedo} onClick={() => useAppStore.getState().redo()}>
        {t('scenarios.toolbar.redo')}
      </button>
      <Suspense fallback={null}>
        <LearningTools />
      </Suspense>
      <GalleryDialog ref={galleryRef} onClose={closeGallery} />
      <ShareDialog
        ref={shareRef}
        link={link}
        onChoose={(choice) => void makeLink(choice)}
        onClose={closeShare}
      />
    </nav>
  )
}
