/** The export formats and the tabs pattern's keyboard moves. */
export const EXPORT_TABS = ['file', 'commands', 'terraform'] as const
export type ExportTab = (typeof EXPORT_TABS)[number]

export const tabId = (tab: ExportTab) => `ie-tab-${tab}`
export const PANEL_ID = 'ie-export-panel'

/** The tab a key press moves to, or undefined for other keys. */
export function nextTab(current: ExportTab, key: string): ExportTab | undefined {
  const i = EXPORT_TABS.indexOf(current)
  const n = EXPORT_TABS.length
  if (key === 'ArrowRight') return EXPORT_TABS[(i + 1) % n]
  if (key === 'ArrowLeft') return EXPORT_TABS[(i + n - 1) % n]
  if (key === 'Home') return EXPORT_TABS[0]
  if (key === 'End') return EXPORT_TABS[n - 1]
  return undefined
}
