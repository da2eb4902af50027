/**
 * The autosave of a pod with values to redact, before the YAML library that reads it is there
 * (issue #18: it loads after the first verdict). Nothing of that pod may be written unredacted,
 * and it is not dropped either: the write waits for the library, then holds the redacted pod.
 */
import { describe, expect, it, vi } from 'vitest'
import { stubMemoryStorage } from './memoryStorage.testing'

const memory = stubMemoryStorage()

vi.mock('./engineWorker/runEngine', () => import('./manualEngineRuns.testing'))
// A page's modules, fresh: the test setup loaded the library into the previous ones.
vi.resetModules()
const { loadYamlLibrary, yamlLibraryLoaded } = await import('../engine')
const { blogDocuments } = await import('../scenarios/presets/blog')
const { createDefaultScenario } = await import('../scenarios/defaultScenario')
const { REDACTED } = await import('../scenarios/privacy')
const { useAppStore } = await import('./store')

const SECRET = 'postgres://app:hunter2@db:5432/app'
const POD = `${blogDocuments().pod}      env:\n        - name: DATABASE_URL\n          value: ${SECRET}\n`

const saved = () =>
  (JSON.parse(memory.get('irsa-lab') ?? '{}') as { state?: { draft?: { pod?: string } } }).state
    ?.draft

describe('the autosave of a pod with values to redact', () => {
  it('waits for the YAML library, then writes the pod redacted', async () => {
    // Given a page whose YAML library is not loaded yet, and no autosave
    expect(yamlLibraryLoaded()).toBe(false)
    expect(memory.has('irsa-lab')).toBe(false)
    const { scenario } = await createDefaultScenario()
    // When a scenario whose pod holds a connection string is opened (not remembered)
    useAppStore.getState().loadScenario({ ...scenario, pod: POD })
    await Promise.resolve()
    // Then nothing is written: not the secret, and not a draft without its pod either
    expect(memory.has('irsa-lab')).toBe(false)
    // When the library is there
    await loadYamlLibrary()
    await vi.waitFor(() => expect(saved()).toBeDefined())
    // Then the autosave holds the pod with the value redacted, and the rest of the draft
    expect(saved()!.pod).toContain(`value: ${REDACTED}`)
    expect(memory.get('irsa-lab')).not.toContain('hunter2')
    expect(saved()).toMatchObject({ serviceAccount: scenario.serviceAccount })
  })
})
