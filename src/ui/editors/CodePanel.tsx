import { lazy, Suspense } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { useAppStore } from '../../state/store'
import type { EditorRange } from './markers'
import type { CodeTab } from './tabs'
import { NotProvidedNote } from '../importExport/NotProvided'

// Monaco comes in its own chunk: the verdict paints first, the editors follow.
const CodeEditor = lazy(() => import('./CodeEditor'))

/** What shows until Monaco has loaded: the text itself, read-only. */
function Preview({ tab, label }: { tab: CodeTab; label: string }) {
  const { t } = useTranslation()
  const text = useAppStore((s) => s.draft?.[tab.field] ?? '')
  return (
    <div className="editors__preview-wrap">
      <p className="editors__loading" aria-hidden="true">
        {t('editors.loading')}
      </p>
      <textarea
        className="editors__preview"
        readOnly
        value={text}
        aria-label={t('editors.previewLabel', { name: label })}
      />
    </div>
  )
}

/** A code tab's editor, with the read-only preview while Monaco loads. */
export function CodePanel({
  tab,
  refs,
  stepId,
  className,
}: {
  tab: CodeTab
  refs: EditorRange[]
  stepId?: string
  className: string
}) {
  const { t } = useTranslation()
  const label = t('editors.editorLabel', { name: t(`editors.tabs.${tab.id}`) })
  return (
    <div className={className} data-testid="code-editor" data-source={tab.source}>
      <NotProvidedNote field={tab.field} />
      <Suspense fallback={<Preview tab={tab} label={label} />}>
        <CodeEditor tab={tab} label={label} refs={refs} stepId={stepId} />
      </Suspense>
    </div>
  )
}
