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

/** Suggestions as you type, as the base options have them. */
export const SUGGEST_AS_YOU_TYPE = {
  quickSuggestions: BASE_OPTIONS.quickSuggestions,
  suggestOnTriggerCharacters: true,
} as const

/** No suggestions as you type (past a JSON document's end); Ctrl+Space still asks. */
export const NO_SUGGESTIONS_AS_YOU_TYPE = {
  quickSuggestions: false,
  suggestOnTriggerCharacters: false,
} as const
