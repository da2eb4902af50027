import lzString from 'lz-string'
import { describe, expect, it } from 'vitest'
import { decompressBounded } from './boundedDecompress'

describe('decompressBounded', () => {
  it('agrees with lz-string on its own output and on garbage', () => {
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let n = 0; n < 200; n++) {
      const text = Array.from({ length: Math.floor(random() * 400) }, () =>
        String.fromCharCode(
          random() < 0.8 ? 32 + Math.floor(random() * 90) : Math.floor(random() * 0xd7ff),
        ),
      ).join('')
      const packed = lzString.compressToEncodedURIComponent(text)
      expect(decompressBounded(packed, 1_000_000)).toBe(text)
      const garbage = packed.slice(0, Math.floor(random() * packed.length)) + 'A-$'
      expect(decompressBounded(garbage, 1_000_000)).toBe(
        lzString.decompressFromEncodedURIComponent(garbage),
      )
    }
  })

  it('stops at the limit: a bomb is refused without inflating', () => {
    const packed = lzString.compressToEncodedURIComponent('a'.repeat(200_000))
    expect(packed.length).toBeLessThan(2_000)
    expect(decompressBounded(packed, 50_000)).toBe('too-large')
    expect(decompressBounded(packed, 200_000)).toBe('a'.repeat(200_000))
    expect(decompressBounded(lzString.compressToEncodedURIComponent('a'.repeat(1000)), 1000)).toBe(
      'a'.repeat(1000),
    )
  })
})
