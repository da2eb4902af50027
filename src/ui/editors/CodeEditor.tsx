/**
 * One Monaco editor for all the code tabs: each tab is its own model (by `path`), so switching
 * tabs keeps each document's undo history, cursor and scroll. Lazily loaded with Monaco.
 */
import Editor, { type OnMount } from '@monaco-editor/react'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { useShallow } from 'zustand/react/shallow'
import { selectAllFindings } from '../../state/selectors'
import { useAppStore } from '../../state/store'
import { useSameValue } from '../../state/useSameValue'
import { pastJsonRoot } from './documentEnd'
import { BASE_OPTIONS, NO_SUGGESTIONS_AS_YOU_TYPE, SUGGEST_AS_YOU_TYPE } from './editorOptions'
import { editorMarkers, type EditorRange } from './markers'
import { configureJsonSchemas, markerSeverity, monaco } from './monacoSetup'
import type { CodeTab } from './tabs'
import { useColorScheme } from './useColorScheme'
import { useFindingText } from '../text/useEngineText'

type StandaloneEditor = Parameters<OnMount>[0]

/** The editor of one tab; `refs` are the ranges the selected step read in this document. */
export default function CodeEditor({
  tab,
  label,
  refs,
  stepId,
}: {
  tab: CodeTab
  label: string
  refs: EditorRange[]
  stepId?: string
}) {
  const { t } = useTranslation()
  const text = useAppStore((s) => s.draft?.[tab.field] ?? '')
  const issuer = useAppStore((s) => s.draft?.issuer ?? '')
  const findings = useAppStore(useShallow(selectAllFindings))
  const scheme = useColorScheme()
  const [editor, setEditor] = useState<StandaloneEditor>()

  useEffect(() => configureJsonSchemas(issuer), [issuer])

  // Monaco owns the buffer: the store only echoes what was typed (the wrapper skips equal text).
  const field = tab.field
  const onChange = useCallback(
    (value: string | undefined) => useAppStore.getState().editDraft({ [field]: value ?? '' }),
    [field],
  )

  const findingText = useFindingText()
  // Located in the text the findings are for (the run's), not on every keystroke: that parse ran
  // in the keystroke's input handler, against findings of an older text. Markers set on the model
  // move with later edits until the next run replaces them.
  const settledText = useAppStore((s) => s.settledDraft?.[tab.field] ?? '')
  // Equal markers keep the earlier array: Monaco is not handed the same markers again after each
  // run (setting them re-renders its lines).
  const markers = useSameValue(
    useMemo(
      () => editorMarkers(tab.source, settledText, findings),
      [tab.source, settledText, findings],
    ),
  )
  useEffect(() => {
    const model = editor?.getModel()
    if (!model || model.uri.toString() !== tab.path) return
    monaco.editor.setModelMarkers(
      model,
      'irsa-lab',
      markers.map((m) => ({
        ...m,
        message: findingText(m).text,
        severity: markerSeverity(m.severity),
        source: 'IRSA Lab',
      })),
    )
  }, [editor, markers, tab.path, findingText])

  const decorations = useRef<ReturnType<StandaloneEditor['createDecorationsCollection']>>(undefined)
  useEffect(() => {
    if (!editor || editor.getModel()?.uri.toString() !== tab.path) return
    decorations.current ??= editor.createDecorationsCollection()
    decorations.current.set(
      refs.map((range) => ({
        range,
        options: {
          className: 'editor-ref',
          linesDecorationsClassName: 'editor-ref-gutter',
          overviewRuler: { color: '#0972d3', position: monaco.editor.OverviewRulerLane.Center },
          hoverMessage: { value: t('editors.refHover') },
        },
      })),
    )
  }, [editor, refs, tab.path, t])

  // Scroll what the newly selected step read into view (once per selection, not per keystroke).
  const firstRef = refs[0]
  const revealed = useRef<string | undefined>(undefined)
  useEffect(() => {
    if (!stepId) revealed.current = undefined
    const key = stepId && `${stepId}@${tab.path}`
    if (!editor || !firstRef || !key || revealed.current === key) return
    if (editor.getModel()?.uri.toString() !== tab.path) return
    revealed.current = key
    editor.revealRangeInCenterIfOutsideViewport(firstRef)
  }, [editor, firstRef, stepId, tab.path])

  const options = useMemo(() => ({ ...BASE_OPTIONS, ariaLabel: label }), [label])

  // Past a JSON document's root value nothing is offered as you type (Ctrl+Space still asks):
  // a space typed after the policy's closing brace popped up the schema's "New object", and the
  // popup's placement laid out the whole page (issue #18, keystroke → verdict).
  useEffect(() => {
    if (!editor || tab.language !== 'json') return
    let past: boolean | undefined
    const follow = () => {
      const model = editor.getModel()
      const position = editor.getPosition()
      if (!model || !position) return
      const lines = { count: model.getLineCount(), line: (n: number) => model.getLineContent(n) }
      const now = pastJsonRoot(lines, position)
      if (now === past) return
      past = now
      editor.updateOptions(now ? NO_SUGGESTIONS_AS_YOU_TYPE : SUGGEST_AS_YOU_TYPE)
    }
    follow()
    const subscription = editor.onDidChangeCursorPosition(follow)
    return () => {
      subscription.dispose()
      editor.updateOptions(SUGGEST_AS_YOU_TYPE)
    }
  }, [editor, tab.language, tab.path])

  return (
    <Editor
      path={tab.path}
      language={tab.language}
      value={text}
      theme={scheme === 'dark' ? 'irsa-dark' : 'irsa-light'}
      options={options}
      onChange={onChange}
      onMount={(mounted) => {
        // A model kept from an earlier visit may be older than the store (e.g. a new token).
        const current = useAppStore.getState().draft?.[field] ?? ''
        if (mounted.getValue() !== current) mounted.setValue(current)
        setEditor(mounted)
      }}
      loading={<p className="editors__loading">{t('editors.loading')}</p>}
    />
  )
}
