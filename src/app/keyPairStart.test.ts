import { afterEach, describe, expect, it, vi } from 'vitest'
import { STORAGE_KEY } from '../state/storageKey'
import { hasAutosavedWork, opensDefaultScenario, startKeyPair } from './keyPairStart'

const storage = (value: string | null) => ({
  getItem: (key: string) => (key === STORAGE_KEY ? value : null),
})
const saved = JSON.stringify({ state: { draft: { serviceAccount: 'x' } }, version: 3 })

afterEach(() => vi.unstubAllGlobals())

describe('opensDefaultScenario', () => {
  it('is true for a first visit, false for a share link or autosaved work', () => {
    expect(opensDefaultScenario('', storage(null))).toBe(true)
    expect(opensDefaultScenario('#step=3', undefined)).toBe(true)
    expect(opensDefaultScenario('#p=blog', storage(null))).toBe(false)
    expect(opensDefaultScenario('#s=N4Ig', storage(null))).toBe(false)
    expect(opensDefaultScenario('', storage(saved))).toBe(false)
  })

  it('reads an autosave without a draft, or one that is not JSON, as no work', () => {
    expect(hasAutosavedWork(storage(JSON.stringify({ state: { draft: null } })))).toBe(false)
    expect(hasAutosavedWork(storage('{not json'))).toBe(false)
    expect(
      hasAutosavedWork({
        getItem: () => {
          throw new Error('SecurityError')
        },
      }),
    ).toBe(false)
  })
})

describe('the started key pair', () => {
  it('is generated only when the page opens the default scenario', async () => {
    const generateKey = vi.fn(() => Promise.resolve({} as CryptoKeyPair))
    vi.stubGlobal('crypto', { subtle: { generateKey } })
    vi.stubGlobal('window', { location: { hash: '#p=blog' }, localStorage: storage(null) })
    expect(startKeyPair()).toBeUndefined()
    vi.stubGlobal('window', { location: { hash: '' }, localStorage: storage(saved) })
    expect(startKeyPair()).toBeUndefined()
    expect(generateKey).not.toHaveBeenCalled()

    vi.stubGlobal('window', { location: { hash: '' }, localStorage: storage(null) })
    await expect(startKeyPair()).resolves.toEqual({})
    expect(generateKey).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', modulusLength: 2048 }),
      true,
      ['sign', 'verify'],
    )
  })

  it('is nothing when WebCrypto refuses at once (the app then reports its own failure)', () => {
    vi.stubGlobal('crypto', {
      subtle: {
        generateKey: () => {
          throw new Error('NotSupportedError')
        },
      },
    })
    vi.stubGlobal('window', { location: { hash: '' }, localStorage: storage(null) })
    expect(startKeyPair()).toBeUndefined()
  })
})
