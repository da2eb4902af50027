/**
 * lz-string's `decompressFromEncodedURIComponent`, stopping at a size limit instead of after.
 *
 * A port of lz-string 1.5.0's `_decompress` (MIT, © 2013 Pieroxy,
 * https://github.com/pieroxy/lz-string/blob/1.5.0/libs/lz-string.js) with one change: the output
 * is counted as it grows, and decoding stops as soon as it would pass `maxLength`. A 64-KB link
 * can otherwise inflate to ~384 M characters (LZW dictionary entries double up) before any check
 * runs. Every dictionary entry is at most one character longer than a piece of output already
 * counted, so the dictionary is bounded by the same limit.
 *
 * Returns the text, `null` for input lz-string would reject, or 'too-large'.
 */
const URI_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'
const BASE = new Map([...URI_ALPHABET].map((c, i) => [c, i]))

export function decompressBounded(input: string, maxLength: number): string | null | 'too-large' {
  if (input === '') return null
  const text = input.replace(/ /g, '+')
  const length = text.length
  const resetValue = 32
  // lz-string maps unknown characters to undefined, i.e. 0 bits.
  const next = (index: number) => BASE.get(text.charAt(index)) ?? 0
  const dictionary: string[] = []
  let enlargeIn = 4
  let dictSize = 4
  let numBits = 3
  let entry: string
  const result: string[] = []
  let w: string
  let c: string | number
  const data = { val: next(0), position: resetValue, index: 1 }

  const readBits = (count: number): number => {
    let bits = 0
    const maxpower = 2 ** count
    let power = 1
    while (power !== maxpower) {
      const resb = data.val & data.position
      data.position >>= 1
      if (data.position === 0) {
        data.position = resetValue
        data.val = next(data.index++)
      }
      bits |= (resb > 0 ? 1 : 0) * power
      power <<= 1
    }
    return bits
  }

  for (let i = 0; i < 3; i += 1) dictionary[i] = String(i)
  switch (readBits(2)) {
    case 0:
      c = String.fromCharCode(readBits(8))
      break
    case 1:
      c = String.fromCharCode(readBits(16))
      break
    case 2:
      return ''
    default:
      return null
  }
  dictionary[3] = c
  w = c
  result.push(c)
  let produced = c.length
  for (;;) {
    if (data.index > length) return ''
    const code = readBits(numBits)
    let index: number
    switch (code) {
      case 0:
        dictionary[dictSize++] = String.fromCharCode(readBits(8))
        index = dictSize - 1
        enlargeIn--
        break
      case 1:
        dictionary[dictSize++] = String.fromCharCode(readBits(16))
        index = dictSize - 1
        enlargeIn--
        break
      case 2:
        return result.join('')
      default:
        index = code
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits
      numBits++
    }
    if (dictionary[index] !== undefined && index >= 3) {
      entry = dictionary[index]!
    } else if (index === dictSize) {
      entry = w + w.charAt(0)
    } else {
      return null
    }
    produced += entry.length
    if (produced > maxLength) return 'too-large'
    result.push(entry)
    dictionary[dictSize++] = w + entry.charAt(0)
    enlargeIn--
    w = entry
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits
      numBits++
    }
  }
}
