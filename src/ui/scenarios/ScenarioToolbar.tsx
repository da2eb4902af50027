import { lazy, Suspense, useDeferredValue, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LearningTools } from './lazyLearningTools'
import { useAppStore } from '../../state/store'
import type { DialogRequest } from './ScenarioDialogs'

const loadDialogs = () => import('./ScenarioDialogs')
const ScenarioDialogs = lazy(() => loadDialogs().then((m) => ({ default: m.ScenarioDialogs })))

/** Gallery, share link, reset, undo and redo: the scenario-level actions. */
export function ScenarioToolbar() {
  const { t } = useTranslation()
  const canUndo = useAppStore((s) => s.past.length > 0)
  const canRedo = useAppStore((s) => s.future.length > 0)
  // The learning tools (tour, glossary, challenges…) load once the verdict is on screen (in the
  // render after it): on a slow machine their chunk and messages must not delay the first verdict.
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
      <Suspense fallback={null}>
        {verdictShown && <LearningTools />}
        {request && <ScenarioDialogs request={request} />}
      </Suspense>
    </nav>
  )
}
