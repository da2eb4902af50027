/**
 * The inputs of the scenario: the clock, then one tab per document (Monaco, lazy) and a tab of
 * plain fields. Findings are markers at their place and counted on the tabs; the selected step's
 * refs are highlighted and the first editor it read is brought forward.
 */
import { useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { ClockForm } from './ClockForm'
import { CodePanel } from './CodePanel'
import { EditorTabs } from './EditorTabs'
import type { EditorRange } from './markers'
import { TrustPolicyChanges } from '../audit/TrustPolicyChanges'
import { PodMutation } from './PodMutation'
import { RoleForm } from './RoleForm'
import { EDITOR_TABS, PANEL_ID, tabButtonId, type TabId } from './tabs'
import { useStepRefs } from './useStepRefs'
import { useTabMovesFocus } from './tabFocus'
import './editors.css'

const NO_RANGES: EditorRange[] = []
/** The keyboard hint above the editor (the way out of it, said before one gets in). */
const KEYS_HINT_ID = 'editors-keys-hint'

export function EditorsPanel() {
  const { t } = useTranslation()
  const refs = useStepRefs()
  const tabMovesFocus = useTabMovesFocus()
  // A step selected before the panel mounted (a deep link) brings its editor forward at once.
  const [active, setActive] = useState<TabId>(() => refs.tabs[0] ?? 'token')
  // A newly selected step brings its first editor forward (adjusted during render, not in an effect).
  const [seenStep, setSeenStep] = useState(refs.stepId)
  if (refs.stepId !== seenStep) {
    setSeenStep(refs.stepId)
    const first = refs.tabs[0]
    if (first) setActive(first)
  }
  const tab = EDITOR_TABS.find((x) => x.id === active) ?? EDITOR_TABS[0]!
  return (
    <div className="editors panel">
      <h2 className="editors__title">{t('editors.title')}</h2>
      <ClockForm />
      <EditorTabs active={active} onSelect={setActive} referenced={refs.tabs} />
      <div
        role="tabpanel"
        id={PANEL_ID}
        aria-labelledby={tabButtonId(active)}
        className="editors__panel"
      >
        <p className="editors__hint">{t(`editors.hints.${tab.id}`)}</p>
        {tab.kind === 'form' ? (
          <RoleForm />
        ) : (
          <>
            <p className="editors__keys" id={KEYS_HINT_ID}>
              {t(`editors.keyboardHint.${tabMovesFocus ? 'tabMovesFocus' : 'tabIndents'}`)}
            </p>
            <CodePanel
              tab={tab}
              refs={refs.ranges[tab.source] ?? NO_RANGES}
              stepId={refs.stepId}
              className={tab.id === 'pod' ? 'editors__code editors__code--short' : 'editors__code'}
            />
            {tab.id === 'pod' && <PodMutation />}
            {tab.id === 'trustPolicy' && <TrustPolicyChanges />}
          </>
        )}
      </div>
    </div>
  )
}
