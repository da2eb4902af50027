/**
 * The first record of a CSV text, as Go's `encoding/csv` Reader.Read returns it with default
 * settings (Comma ',', no comment character, LazyQuotes and TrimLeadingSpace off). The webhook
 * parses `<prefix>/skip-containers` this way (handler.go getContainersToSkip); on any error it
 * skips no container. Spaces are kept, so "a, b" names "a" and " b".
 */

/** Outcome of {@link readCsvRecord}; `error` names the Go error (io.EOF, ErrBareQuote, ErrQuote). */
export type CsvResult = { ok: true; fields: string[] } | { ok: false; error: CsvError }

export type CsvError = 'eof' | 'bare-quote' | 'quote'

/** Splits text into lines the way csv.Reader.readLine does: each keeps its '\n', "\r\n" → "\n". */
function lines(text: string): string[] {
  const out: string[] = []
  let start = 0
  while (start < text.length) {
    const nl = text.indexOf('\n', start)
    let line = nl < 0 ? text.slice(start) : text.slice(start, nl + 1)
    start = nl < 0 ? text.length : nl + 1
    if (nl < 0 && line.endsWith('\r')) line = line.slice(0, -1) // "drop trailing \r before EOF"
    if (line.endsWith('\r\n')) line = line.slice(0, -2) + '\n'
    out.push(line)
  }
  return out
}

const lengthNL = (line: string): number => (line.endsWith('\n') ? 1 : 0)

/** Reads the first record of `text` (see the module comment). Never throws. */
export function readCsvRecord(text: string): CsvResult {
  const all = lines(text)
  let index = 0
  // Skip empty lines before the record.
  while (index < all.length && all[index]!.length === lengthNL(all[index]!)) index++
  if (index >= all.length) return { ok: false, error: 'eof' }
  let line = all[index++]!
  const fields: string[] = []
  for (;;) {
    if (line.length === 0 || line[0] !== '"') {
      // Non-quoted field: up to the next comma or the end of the line.
      const comma = line.indexOf(',')
      const field = comma >= 0 ? line.slice(0, comma) : line.slice(0, line.length - lengthNL(line))
      if (field.includes('"')) return { ok: false, error: 'bare-quote' }
      fields.push(field)
      if (comma < 0) return { ok: true, fields }
      line = line.slice(comma + 1)
      continue
    }
    // Quoted field: may span lines; "" is a quote; the closing quote must end the field.
    line = line.slice(1)
    let field = ''
    for (;;) {
      const quote = line.indexOf('"')
      if (quote >= 0) {
        field += line.slice(0, quote)
        line = line.slice(quote + 1)
        if (line[0] === '"') {
          field += '"'
          line = line.slice(1)
        } else if (line[0] === ',') {
          fields.push(field)
          line = line.slice(1)
          break
        } else if (lengthNL(line) === line.length) {
          fields.push(field)
          return { ok: true, fields }
        } else {
          return { ok: false, error: 'quote' }
        }
      } else if (line.length > 0) {
        field += line
        line = index < all.length ? all[index++]! : ''
      } else {
        return { ok: false, error: 'quote' }
      }
    }
  }
}
