import { useMemo } from 'react'
import type { SourceId } from '../../engine'
import { selectSelectedStep } from '../../state/selectors'
import { useAppStore } from '../../state/store'
import { refRange, type EditorRange } from './markers'
import { tabOfSource, tabText, type TabId } from './tabs'

/** Per source, the ranges the selected step read (refs that name something in the text). */
export type RefRanges = Partial<Record<SourceId, EditorRange[]>>

/**
 * What the selected step read, located in the editors' texts: the ranges per source and the tabs
 * that hold them, in the order of the step's refs (the first one is revealed).
 */
export function useStepRefs(): { ranges: RefRanges; tabs: TabId[]; stepId?: string } {
  const step = useAppStore(selectSelectedStep)
  // The texts the step was read from (the run's), not every keystroke's: typing would re-render
  // the whole editors panel. Monaco moves the decorations with the edits until the next run.
  const draft = useAppStore((s) => s.settledDraft)
  return useMemo(() => {
    const ranges: RefRanges = {}
    const tabs: TabId[] = []
    if (!step || !draft) return { ranges, tabs }
    for (const ref of step.refs) {
      const tab = tabOfSource(ref.source)
      if (!tab) continue
      const range = refRange(ref, tabText(draft, tab))
      if (!range) continue
      ;(ranges[ref.source] ??= []).push(range)
      if (!tabs.includes(tab.id)) tabs.push(tab.id)
    }
    return { ranges, tabs, stepId: step.id }
  }, [step, draft])
}
