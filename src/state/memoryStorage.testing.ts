/**
 * Test support: an in-memory localStorage for the stores in a Node environment (jose and jsdom's
 * TextEncoder disagree on Uint8Array, so these tests do not use jsdom). Call it before the store
 * is imported.
 */
import { vi } from 'vitest'

export function stubMemoryStorage(): Map<string, string> {
  const memory = new Map<string, string>()
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => memory.get(k) ?? null,
    setItem: (k: string, v: string) => void memory.set(k, v),
    removeItem: (k: string) => void memory.delete(k),
  })
  return memory
}
