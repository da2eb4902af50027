import { execFileSync } from 'node:child_process'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { heredoc, shellQuote } from './shell'

describe(shellQuote, () => {
  it.each([
    ['example-sa', 'example-sa'],
    ['arn:aws:iam::123456789012:role/example-role', 'arn:aws:iam::123456789012:role/example-role'],
    ['', "''"],
    ['a b', "'a b'"],
    ["it's", `'it'\\''s'`],
    ['$(reboot)', "'$(reboot)'"],
    ['`id`', "'`id`'"],
    ['a;b|c&d>e', "'a;b|c&d>e'"],
    ['*', "'*'"],
    ['line\nbreak', "'line\nbreak'"],
  ])('%j → %s', (value, quoted) => {
    expect(shellQuote(value)).toBe(quoted)
  })

  it('a POSIX shell reads back exactly the value, whatever it is', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 30 }).filter((v) => !v.includes('\0')),
        (value) => {
          const out = execFileSync('sh', ['-c', `printf '%s' ${shellQuote(value)}`], {
            encoding: 'utf8',
          })
          expect(out).toBe(value)
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe(heredoc, () => {
  it('writes the content verbatim, with a delimiter no line of it equals', () => {
    const content = '{\n  "a": "$HOME `id` $(x)"\n}\nEOF\nEOF_1'
    const script = heredoc('policy.json', content)
    expect(script.split('\n')[0]).toBe("cat > policy.json <<'EOF_2'")
    const out = execFileSync('sh', ['-c', `${script.replace('cat > policy.json', 'cat')}`], {
      encoding: 'utf8',
    })
    expect(out).toBe(`${content}\n`)
  })
})
