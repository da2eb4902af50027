/**
 * The pod after the pod identity webhook, as a read-only diff against the pod it received, and
 * why each injection is there. Lazily loaded with Monaco.
 */
import { DiffEditor } from '@monaco-editor/react'
import { useMemo } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { BASE_OPTIONS } from './editorOptions'
import './monacoSetup'
import { useColorScheme } from './useColorScheme'
import type { MutatedPod } from './useMutatedPod'

const DIFF_OPTIONS = {
  ...BASE_OPTIONS,
  readOnly: true,
  originalEditable: false,
  renderSideBySide: true,
  renderSideBySideInlineBreakpoint: 700,
  useInlineViewWhenSpaceIsLimited: true,
  renderOverviewRuler: false,
  hideUnchangedRegions: { enabled: false },
} as const

/** The diff itself; the explanations are rendered by the panel (they need no Monaco). */
export default function MutatedPodDiff({
  pod,
}: {
  pod: Extract<MutatedPod, { state: 'mutated' }>
}) {
  const { t } = useTranslation()
  const scheme = useColorScheme()
  const options = useMemo(() => ({ ...DIFF_OPTIONS, ariaLabel: t('editors.pod.diffLabel') }), [t])
  return (
    <DiffEditor
      original={pod.original}
      modified={pod.mutated}
      language="yaml"
      originalModelPath="inmemory://irsa-lab/pod-before-webhook.yaml"
      modifiedModelPath="inmemory://irsa-lab/pod-after-webhook.yaml"
      theme={scheme === 'dark' ? 'irsa-dark' : 'irsa-light'}
      options={options}
      loading={<p className="editors__loading">{t('editors.loading')}</p>}
    />
  )
}
