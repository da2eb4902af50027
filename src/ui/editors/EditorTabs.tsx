import { useRef, type KeyboardEvent } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { useShallow } from 'zustand/react/shallow'
import { selectAllFindings } from '../../state/selectors'
import { useAppStore } from '../../state/store'
import { severityCounts } from './markers'
import { EDITOR_TABS, PANEL_ID, tabButtonId, type EditorTab, type TabId } from './tabs'

/** Errors and warnings about one tab's document, as two small counts. */
function Badges({ tab }: { tab: EditorTab }) {
  const { t } = useTranslation()
  const counts = useAppStore(
    useShallow((s) =>
      severityCounts(selectAllFindings(s), tab.kind === 'code' ? [tab.source] : []),
    ),
  )
  if (counts.error === 0 && counts.warning === 0) return null
  return (
    <span className="editors__badges">
      {counts.error > 0 && (
        <span className="editors__badge editors__badge--error" aria-hidden="true">
          {counts.error}
        </span>
      )}
      {counts.warning > 0 && (
        <span className="editors__badge editors__badge--warning" aria-hidden="true">
          {counts.warning}
        </span>
      )}
      <span className="visually-hidden">
        {t('editors.badge', { errors: counts.error, warnings: counts.warning })}
      </span>
    </span>
  )
}

/**
 * The tab list (WAI-ARIA tabs, automatic activation): arrow keys, Home and End move between tabs.
 * A dot marks the tabs the selected step read.
 */
export function EditorTabs({
  active,
  onSelect,
  referenced,
}: {
  active: TabId
  onSelect: (id: TabId) => void
  referenced: readonly TabId[]
}) {
  const { t } = useTranslation()
  const buttons = useRef<Partial<Record<TabId, HTMLButtonElement | null>>>({})
  const onKeyDown = (event: KeyboardEvent) => {
    const index = EDITOR_TABS.findIndex((tab) => tab.id === active)
    const last = EDITOR_TABS.length - 1
    const next = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key]
    const tab = next === undefined ? undefined : EDITOR_TABS[next]
    if (!tab) return
    event.preventDefault()
    onSelect(tab.id)
    buttons.current[tab.id]?.focus()
  }
  return (
    <div
      role="tablist"
      aria-label={t('editors.tabsLabel')}
      className="editors__tabs"
      onKeyDown={onKeyDown}
    >
      {EDITOR_TABS.map((tab) => {
        const selected = tab.id === active
        const isReferenced = referenced.includes(tab.id)
        return (
          <button
            key={tab.id}
            ref={(el) => {
              buttons.current[tab.id] = el
            }}
            type="button"
            role="tab"
            id={tabButtonId(tab.id)}
            aria-selected={selected}
            aria-controls={PANEL_ID}
            tabIndex={selected ? 0 : -1}
            className="editors__tab"
            data-referenced={isReferenced || undefined}
            onClick={() => onSelect(tab.id)}
          >
            {isReferenced && (
              <span className="editors__dot" role="img" aria-label={t('editors.referenced')} />
            )}
            {t(`editors.tabs.${tab.id}`)}
            <Badges tab={tab} />
          </button>
        )
      })}
    </div>
  )
}
