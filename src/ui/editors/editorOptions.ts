/** Monaco options of the editors (no Monaco import: plain data). */

/** Options shared by every editor (kept stable so Monaco is not reconfigured on each render). */
export const BASE_OPTIONS = {
  minimap: { enabled: false },
  fontSize: 13,
  fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'D2Coding', monospace",
  scrollBeyondLastLine: false,
  wordWrap: 'on',
  tabSize: 2,
  lineNumbersMinChars: 3,
  fixedOverflowWidgets: true,
  padding: { top: 8, bottom: 8 },
  renderLineHighlight: 'line',
  quickSuggestions: { strings: true, other: true, comments: false },
} as const
