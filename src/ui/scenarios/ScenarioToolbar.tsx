import { Suspense, useDeferredValue, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { lazyPanel } from '../lazyPanel'
import { LearningTools } from './lazyLearningTools'
import { ToolButtons } from './ToolButtons'
import { useAppStore } from '../../state/store'
import type { DialogRequest } from './ScenarioDialogs'

const loadDialogs = () => import('./ScenarioDialogs')
const ScenarioDialogs = lazyPanel(() => loadDialogs().then((m) => m.ScenarioDialogs))

/** Gallery, share link, reset, undo and redo: the scenario-level actions. */
export function ScenarioToolbar() {
  const { t } = useTranslation()
  const canUndo = useAppStore((s) => s.past.length > 0)
  const canRedo = useAppStore((s) => s.future.length > 0)
  // What the tool buttons open (tour, glossary, challenges, dialogs…) loads once the verdict is on
  // screen (in the render after it): on a slow machine their chunk and messages must not delay the
  // first verdict. The buttons are here from the first paint, so their arrival moves nothing.
  const verdictShown = useDeferredValue(
    useAppStore((s) => s.trace !== undefined),
    false,
  )
  const [request, setRequest] = useState<DialogRequest>()

  return (
    <nav className="toolbar" aria-label={t('scenarios.toolbar.label')}>
      <button
        type="button"
        onClick={() => setRequest({ kind: 'gallery' })}
        onPointerEnter={() => void loadDialogs()}
      >
        {t('scenarios.toolbar.gallery')}
      </button>
      <button
        type="button"
        onClick={() => setRequest({ kind: 'share' })}
        onPointerEnter={() => void loadDialogs()}
      >
        {t('scenarios.toolbar.share')}
      </button>
      <button
        type="button"
        onClick={() => void import('./loadPreset').then((m) => m.loadPreset(m.DEFAULT_PRESET_ID))}
      >
        {t('scenarios.toolbar.reset')}
      </button>
      <button type="button" disabled={!canUndo} onClick={() => useAppStore.getState().undo()}>
        {t('scenarios.toolbar.undo')}
      </button>
      <button type="button" disabled={!canRedo} onClick={() => useAppStore.getState().redo()}>
        {t('scenarios.toolbar.redo')}
      </button>
      <ToolButtons />
      <Suspense fallback={null}>
        {verdictShown && <LearningTools />}
        {request && <ScenarioDialogs request={request} />}
      </Suspense>
    </nav>
  )
}
