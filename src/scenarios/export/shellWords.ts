/**
 * A small POSIX shell-word reader, for tests and the fuzz suite: it reads a script as `sh` would
 * (POSIX.1-2017 XCU 2.2 quoting, 2.3 token recognition, 2.7.4 here-documents) and returns each
 * simple command's argument vector, so a test can say exactly where every user value landed.
 *
 * It knows what the exporters write: words with single quotes, double quotes (a `$NAME` inside is
 * kept as written), backslashes and line continuations, `NAME=value` assignments before a command,
 * `>` redirections, quoted here-documents, comments, and `;` or newlines between commands. Any
 * other operator (`|`, `&`, `(`, `` ` ``, `$(`, `<`) is not something an export may contain
 * unquoted: it throws.
 */

export interface ShellCommand {
  /** The words of the command, after quote removal (assignments and redirections apart). */
  argv: string[]
  /** `NAME=value` assignments written before the command (or alone on their line). */
  assignments: string[]
  /** Redirection targets (`> token`). */
  redirects: string[]
}

export function shellCommands(script: string): ShellCommand[] {
  const commands: ShellCommand[] = []
  let words: string[] = []
  let word: string | undefined
  let redirectNext = false
  const heredocs: string[] = []
  let current: ShellCommand = { argv: [], assignments: [], redirects: [] }

  const endWord = () => {
    if (word === undefined) return
    if (redirectNext) {
      current.redirects.push(word)
      redirectNext = false
    } else if (words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(word))
      current.assignments.push(word)
    else words.push(word)
    word = undefined
  }
  const endCommand = () => {
    endWord()
    if (redirectNext) throw new Error('a redirection without a target')
    current.argv = words
    if (words.length > 0 || current.assignments.length > 0) commands.push(current)
    words = []
    current = { argv: [], assignments: [], redirects: [] }
  }

  let i = 0
  while (i < script.length) {
    const c = script[i]!
    if (c === '\\') {
      if (script[i + 1] === '\n') i += 2
      else {
        word = (word ?? '') + (script[i + 1] ?? '')
        i += 2
      }
    } else if (c === "'") {
      const end = script.indexOf("'", i + 1)
      if (end === -1) throw new Error('an unterminated single quote')
      word = (word ?? '') + script.slice(i + 1, end)
      i = end + 1
    } else if (c === '"') {
      let j = i + 1
      let text = ''
      for (; j < script.length && script[j] !== '"'; j++) {
        const d = script[j]!
        if (d === '`' || (d === '$' && script[j + 1] === '(')) throw new Error('a substitution')
        if (d === '\\' && '$`"\\\n'.includes(script[j + 1] ?? '')) {
          if (script[j + 1] !== '\n') text += script[j + 1]
          j++
        } else text += d
      }
      if (j >= script.length) throw new Error('an unterminated double quote')
      word = (word ?? '') + text
      i = j + 1
    } else if (c === ' ' || c === '\t') {
      endWord()
      i++
    } else if (c === '\n' || c === ';') {
      endCommand()
      i++
      if (c === '\n' && heredocs.length > 0) {
        // The bodies of the here-documents opened on the line just ended.
        for (const delimiter of heredocs.splice(0)) {
          for (;;) {
            const eol = script.indexOf('\n', i)
            const line = script.slice(i, eol === -1 ? script.length : eol)
            i = eol === -1 ? script.length : eol + 1
            if (line === delimiter) break
            if (eol === -1) throw new Error(`a here-document without its ${delimiter} line`)
          }
        }
      }
    } else if (c === '#' && word === undefined) {
      const eol = script.indexOf('\n', i)
      i = eol === -1 ? script.length : eol
    } else if (c === '>') {
      endWord()
      redirectNext = true
      i++
    } else if (c === '<' && script[i + 1] === '<') {
      endWord()
      i += 2
      while (script[i] === ' ') i++
      const m = /^'([^']*)'/.exec(script.slice(i))
      if (!m)
        throw new Error('a here-document with an unquoted delimiter (the shell would expand it)')
      heredocs.push(m[1]!)
      i += m[0].length
    } else if ('|&()<`'.includes(c) || (c === '$' && script[i + 1] === '(')) {
      throw new Error(`an unquoted ${c}`)
    } else {
      word = (word ?? '') + c
      i++
    }
  }
  endCommand()
  if (heredocs.length > 0) throw new Error('a here-document without a body')
  return commands
}
