import { describe, expect, it } from 'vitest'
import { normalizeContext } from './requestContext'
import { resolveVariables } from './variables'

const context = normalizeContext({
  'aws:username': 'alice',
  'aws:PrincipalTag/team': 'blue',
  'multi:key': ['a', 'b'],
})

describe('resolveVariables', () => {
  it.each([
    { name: 'no variable', text: 'home/*', expected: 'home/*' },
    { name: 'simple variable', text: 'home/${aws:username}/*', expected: 'home/alice/*' },
    { name: 'key name is case-insensitive', text: '${AWS:UserName}', expected: 'alice' },
    { name: 'spaces inside the braces', text: '${ aws:username }', expected: 'alice' },
    { name: 'default unused when present', text: "${aws:username, 'anon'}", expected: 'alice' },
    { name: 'default used when absent', text: "${aws:userid, 'anonymous'}", expected: 'anonymous' },
    { name: 'default used for a multivalued key', text: "${multi:key, 'x'}", expected: 'x' },
    { name: 'asterisk escape', text: 'a${*}b', expected: 'a*b' },
    { name: 'question escape', text: 'a${?}b', expected: 'a?b' },
    { name: 'dollar escape', text: 'cost${$}', expected: 'cost$' },
    { name: 'malformed stays literal', text: 'a${b', expected: 'a${b' },
    { name: 'empty braces stay literal', text: '${}', expected: '${}' },
    { name: 'tag key', text: 'team-${aws:PrincipalTag/team}', expected: 'team-blue' },
  ])('$name', ({ text, expected }) => {
    const resolved = resolveVariables(text, context, true)
    expect(resolved.ok && resolved.text).toBe(expected)
  })

  it.each([
    { name: 'absent key without default', text: 'home/${aws:userid}' },
    { name: 'multivalued key without default', text: '${multi:key}' },
  ])('fails: $name', ({ text }) => {
    expect(resolveVariables(text, context, true).ok).toBe(false)
  })

  it('leaves variables as literal text with Version 2008-10-17', () => {
    const resolved = resolveVariables('home/${aws:username}', context, false)
    expect(resolved.ok && resolved.text).toBe('home/${aws:username}')
    expect(resolved.ok && resolved.substituted).toBe(false)
  })

  it('marks substituted text and escapes as literal pieces', () => {
    const resolved = resolveVariables('${*}x*', context, true)
    expect(resolved.ok && resolved.pieces).toEqual([
      { text: '*', literal: true },
      { text: 'x*', literal: false },
    ])
  })
})
