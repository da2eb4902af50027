import { describe, expect, it } from 'vitest'
import { pastJsonRoot, type Lines } from './documentEnd'

const lines = (text: string): Lines => {
  const all = text.split('\n')
  return { count: all.length, line: (n) => all[n - 1]! }
}
const at = (lineNumber: number, column: number) => ({ lineNumber, column })

describe(pastJsonRoot, () => {
  const policy = lines('{\n  "Version": "2012-10-17"\n}\n')
  it('is true after the root value’s closing brace or bracket, on its line or below', () => {
    expect(pastJsonRoot(policy, at(3, 2))).toBe(true)
    expect(pastJsonRoot(policy, at(4, 1))).toBe(true)
    expect(pastJsonRoot(lines('{}   '), at(1, 5))).toBe(true)
    expect(pastJsonRoot(lines('[1, 2]'), at(1, 7))).toBe(true)
  })
  it('is false inside the root value, in an unfinished document and in an empty one', () => {
    expect(pastJsonRoot(policy, at(3, 1))).toBe(false)
    expect(pastJsonRoot(policy, at(2, 5))).toBe(false)
    expect(pastJsonRoot(lines('{\n  "Version": '), at(2, 14))).toBe(false)
    expect(pastJsonRoot(lines(''), at(1, 1))).toBe(false)
    expect(pastJsonRoot(lines('   \n  '), at(2, 3))).toBe(false)
  })
})
