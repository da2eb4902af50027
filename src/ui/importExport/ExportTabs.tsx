/** The export formats as tabs (WAI-ARIA tabs pattern: arrows move, Home/End jump). */
import type { KeyboardEvent } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { EXPORT_TABS, nextTab, PANEL_ID, tabId, type ExportTab } from './tabsModel'

export function ExportTabs({
  active,
  onSelect,
}: {
  active: ExportTab
  onSelect: (t: ExportTab) => void
}) {
  const { t } = useTranslation()
  const onKeyDown = (e: KeyboardEvent) => {
    const next = nextTab(active, e.key)
    if (!next) return
    e.preventDefault()
    onSelect(next)
    document.getElementById(tabId(next))?.focus()
  }
  return (
    <div
      role="tablist"
      aria-label={t('importExport.export.tabsLabel')}
      className="ie-tabs"
      onKeyDown={onKeyDown}
    >
      {EXPORT_TABS.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={tabId(tab)}
          aria-selected={tab === active}
          aria-controls={PANEL_ID}
          tabIndex={tab === active ? 0 : -1}
          onClick={() => onSelect(tab)}
        >
          {t(`importExport.export.tabs.${tab}`)}
        </button>
      ))}
    </div>
  )
}
