/** A document by lines, as a Monaco model gives it (1-based; no copy of the whole text). */
export interface Lines {
  count: number
  line: (lineNumber: number) => string
}

/**
 * Whether a position (1-based line and column, as Monaco's) is past the end of a JSON document's
 * root value: after its closing `}` or `]`, with only whitespace before it. Nothing but
 * whitespace belongs there, so the editor offers nothing there as you type (the schema's "New
 * object" popped up after a space). Reads lines from the end only.
 */
export function pastJsonRoot(lines: Lines, position: { lineNumber: number; column: number }) {
  for (let n = lines.count; n >= 1; n--) {
    const text = lines.line(n).trimEnd()
    if (text === '') continue
    const last = text[text.length - 1]
    if (last !== '}' && last !== ']') return false
    return position.lineNumber > n || (position.lineNumber === n && position.column > text.length)
  }
  return false
}
