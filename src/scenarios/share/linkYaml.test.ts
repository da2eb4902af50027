/**
 * A share link made before the YAML library is there (it loads on first need, issue #18): the
 * link still reads the pod, and its secrets are still redacted.
 */
import { describe, expect, it, vi } from 'vitest'

// A page's modules, fresh: the test setup loaded the library into the previous ones.
vi.resetModules()
const { generateClusterKey, yamlLibraryLoaded } = await import('../../engine')
const { draftFromScenario } = await import('../draft')
const { PRESETS } = await import('../presets')
const { createShareLink } = await import('./link')

describe('a share link on a page whose YAML library has not loaded yet', () => {
  it('loads it, and redacts the pod as always', async () => {
    // Given a draft whose pod holds a connection string, and no YAML library yet
    const key = await generateClusterKey('RS256')
    const base = draftFromScenario(
      await PRESETS[0]!.build({ key, issuedAt: '2026-11-29T12:00:00.000Z' }),
    )
    const draft = {
      ...base,
      pod: base.pod.replace(
        /metadata:\n/,
        'metadata:\n  annotations:\n    db: postgres://hunter2@db\n',
      ),
    }
    expect(yamlLibraryLoaded()).toBe(false)
    // When its link is made
    const demoKey = {
      alg: 'RS256' as const,
      kid: key.kid,
      privateJwk: key.privateJwk,
      publicJwk: key.publicJwk,
    }
    const link = await createShareLink({ presetId: PRESETS[0]!.id, draft, signingKey: demoKey })
    // Then the pod's value is redacted, as with the library loaded from the start
    expect(link.contents.pod).toEqual({ kind: 'redacted', count: 1 })
    expect(yamlLibraryLoaded()).toBe(true)
  })
})
