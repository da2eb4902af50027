/**
 * Cuts a paste into the pieces real tools print: a terminal session holds commands and their
 * outputs one after the other; an output may hold several JSON values or YAML documents.
 * Pure text work: nothing is parsed here beyond bracket matching.
 */

/** One piece of the paste, as printed. */
export interface Chunk {
  text: string
  /** 'json': one JSON value; 'text': YAML, a token, a URL or anything else. */
  format: 'json' | 'text'
}

/**
 * A command line of a terminal session (with or without its prompt): a separator between outputs.
 * The command must be a tool we read, so that YAML and JSON content is never mistaken for one.
 */
const COMMAND_LINE = /^\s*(?:\S{0,80}[$#%>❯]\s*)?(?:kubectl|aws|curl|eksctl|cat|k|wget|jq)(?:\s|$)/

/** A YAML document separator or end marker on its own line. */
const YAML_SEPARATOR = /^(?:---|\.\.\.)(?:\s.*)?$/

/** Splits at terminal command lines, dropping them. */
export function splitSessions(text: string): string[] {
  const out: string[] = []
  let current: string[] = []
  for (const line of text.split('\n')) {
    if (COMMAND_LINE.test(line)) {
      out.push(current.join('\n'))
      current = []
    } else current.push(line)
  }
  out.push(current.join('\n'))
  return out.filter((s) => s.trim() !== '')
}

/** Splits YAML at `---` / `...` lines, keeping each document's text as printed. */
export function splitYamlDocuments(text: string): string[] {
  const out: string[] = []
  let current: string[] = []
  for (const line of text.split('\n')) {
    if (YAML_SEPARATOR.test(line)) {
      out.push(current.join('\n'))
      current = []
      // `--- {a: 1}` or `--- |`: content on the marker line belongs to the next document.
      const rest = line.slice(3).trim()
      if (line.startsWith('---') && rest !== '') current.push(rest)
    } else current.push(line)
  }
  out.push(current.join('\n'))
  return out.filter((s) => s.trim() !== '')
}

/**
 * Top-level JSON values one after the other (`aws` prints one per command), by bracket matching
 * that respects strings. Text between values that is not whitespace comes back as 'text'. A value
 * that never closes (a truncated paste) runs to the end, and the parser then says what is wrong.
 */
export function splitJsonValues(text: string): Chunk[] {
  const out: Chunk[] = []
  let i = 0
  let textStart = 0
  const flushText = (end: number) => {
    const t = text.slice(textStart, end)
    if (t.trim() !== '') out.push({ text: t.trim(), format: 'text' })
  }
  while (i < text.length) {
    const c = text[i]
    if (c === '{' || c === '[' || c === '"') {
      flushText(i)
      const end = valueEnd(text, i)
      out.push({ text: text.slice(i, end), format: 'json' })
      i = end
      textStart = end
    } else i++
  }
  flushText(text.length)
  return out
}

/** The offset just after the JSON value that starts at `start` (or the text's end). */
function valueEnd(text: string, start: number): number {
  let depth = 0
  let inString = false
  for (let i = start; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') {
        inString = false
        if (depth === 0) return i + 1
      }
    } else if (c === '"') inString = true
    else if (c === '{' || c === '[') depth++
    else if (c === '}' || c === ']') {
      depth--
      if (depth <= 0) return i + 1
    }
  }
  return text.length
}

/** A token alone on its line (what `kubectl create token` prints). */
const TOKEN_LINE =
  /^\s*["']?(?:Bearer\s+)?eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*["']?\s*$/

/**
 * One terminal output that is not JSON from its first character: tokens alone on their line are
 * pieces of their own; from a line that opens a JSON object or array at column 0, JSON values;
 * the rest YAML documents.
 */
function splitTextSession(session: string): Chunk[] {
  const chunks: Chunk[] = []
  let yaml: string[] = []
  const flush = () => {
    for (const doc of splitYamlDocuments(yaml.join('\n')))
      chunks.push({ text: doc.trim(), format: 'text' })
    yaml = []
  }
  const lines = session.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (TOKEN_LINE.test(line)) {
      flush()
      chunks.push({ text: line.trim(), format: 'text' })
    } else if (/^[{[]/.test(line)) {
      // JSON after a token, at the start, or after a YAML document pasted without its command
      // (a block mapping cannot go on with a flow node at column 0, so no YAML is cut): values
      // one after the other, to the end.
      flush()
      chunks.push(...splitJsonValues(lines.slice(i).join('\n')))
      return chunks
    } else yaml.push(line)
  }
  flush()
  return chunks
}

/** The chunks of a paste: per terminal output, tokens, JSON values or YAML documents. */
export function splitPaste(text: string): Chunk[] {
  const chunks: Chunk[] = []
  for (const session of splitSessions(text)) {
    const trimmed = session.trim()
    if (/^[{["]/.test(trimmed)) chunks.push(...splitJsonValues(trimmed))
    else chunks.push(...splitTextSession(session))
  }
  return chunks
}
