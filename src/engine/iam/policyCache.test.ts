import { describe, expect, it } from 'vitest'
import type { CachedPolicy } from './policyCache'
import { cachedPolicy } from './policyCache'

/** A build that counts its calls and returns a distinct entry each time. */
function counter() {
  let calls = 0
  return {
    build: (): CachedPolicy => {
      calls++
      return { policy: {} as CachedPolicy['policy'], findings: [] }
    },
    calls: () => calls,
  }
}

describe('cachedPolicy', () => {
  it('builds once per text, type and variant', () => {
    const c = counter()
    const text = `{"Version":"2012-10-17","Id":"cache-${Math.random()}"}`
    const first = cachedPolicy(text, 'trust', 'host', c.build)
    expect(cachedPolicy(text, 'trust', 'host', c.build)).toBe(first)
    // An equal text in another string instance hits too.
    expect(cachedPolicy(text.slice(0, 5) + text.slice(5), 'trust', 'host', c.build)).toBe(first)
    expect(c.calls()).toBe(1)
    expect(cachedPolicy(text, 'trust', 'other-host', c.build)).not.toBe(first)
    expect(cachedPolicy(text, 'identity', 'host', c.build)).not.toBe(first)
    expect(c.calls()).toBe(3)
  })

  it('keeps at most 64 entries, evicting the least recently used text', () => {
    const c = counter()
    const texts = Array.from({ length: 70 }, (_, i) => `{"Id":"evict-${i}-${Math.random()}"}`)
    const kept = cachedPolicy(texts[0]!, 'trust', '', c.build)
    for (const text of texts.slice(1)) {
      cachedPolicy(text, 'trust', '', c.build)
      cachedPolicy(texts[0]!, 'trust', '', c.build) // used again: never the oldest
    }
    expect(cachedPolicy(texts[0]!, 'trust', '', c.build)).toBe(kept)
    const before = c.calls()
    cachedPolicy(texts[1]!, 'trust', '', c.build) // evicted long ago: built again
    expect(c.calls()).toBe(before + 1)
    cachedPolicy(texts[69]!, 'trust', '', c.build) // recent: still there
    expect(c.calls()).toBe(before + 1)
  })
})
