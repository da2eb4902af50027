/**
 * Shell quoting for POSIX shells (bash, zsh, sh): user content (names, policies) goes into the
 * commands we print, so every value is quoted unless it is plainly safe.
 */

/** Where the pod identity webhook mounts the projected token (its --token-mount-path default). */
export const MOUNTED_TOKEN_PATH = '/var/run/secrets/eks.amazonaws.com/serviceaccount/token'

/** Characters that never need quoting in a POSIX shell word. */
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/

/**
 * A single shell word: as is when safe, else in single quotes, where nothing is special except
 * the single quote itself, written as `'\''` (close, escaped quote, reopen).
 */
export function shellQuote(value: string): string {
  if (SAFE.test(value)) return value
  return `'${value.replace(/'/g, `'\\''`)}'`
}

/**
 * `cat > <file> <<'DELIM' … DELIM`: a quoted here-document, so the shell expands nothing inside.
 * The delimiter is chosen so that no line of the content equals it.
 */
export function heredoc(file: string, content: string): string {
  const lines = new Set(content.split('\n').map((l) => l.trim()))
  let delimiter = 'EOF'
  for (let i = 1; lines.has(delimiter); i++) delimiter = `EOF_${i}`
  const body = content.endsWith('\n') ? content : `${content}\n`
  return `cat > ${shellQuote(file)} <<'${delimiter}'\n${body}${delimiter}`
}
