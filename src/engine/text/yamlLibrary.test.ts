/**
 * The YAML library loads on first need (issue #18): a first visit's verdict, whose documents the
 * build parsed, needs no YAML parser; any other text makes `simulate()` load it first. Each test
 * starts from a fresh module graph, as a page does (the test setup loads the library for
 * everything else).
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PreparedDocument, Scenario } from '..'
import type * as EngineModule from '..'
import type * as TextModule from '.'
import { createDefaultScenario } from '../../scenarios/defaultScenario'
import { firstVisitSnapshot } from '../../scenarios/firstVisitSnapshot'

type Engine = typeof EngineModule
type Text = typeof TextModule

/** The page's modules, as a page loads them: nothing of YAML yet. */
async function freshPage(): Promise<{ engine: Engine; text: Text }> {
  vi.resetModules()
  return { engine: await import('..'), text: await import('.') }
}

let prepared: PreparedDocument[]
let scenario: Scenario

beforeAll(async () => {
  // What the build writes into the page, and the scenario the page opens with (same texts).
  prepared = firstVisitSnapshot()
  scenario = (await createDefaultScenario(new Date('2026-12-06T12:00:00Z'))).scenario
})

let page: { engine: Engine; text: Text }
beforeEach(async () => {
  page = await freshPage()
})

describe('the YAML library, loaded on first need', () => {
  it('is not there on a fresh page: reading a YAML text then is a bug, and says so', () => {
    expect(page.engine.yamlLibraryLoaded()).toBe(false)
    expect(() => page.text.parseYamlDocument('kind: Pod\n', 'pod')).toThrow(/loadYamlLibrary/)
    expect(() => page.text.yamlLibrary()).toThrow(/loadYamlLibrary/)
  })

  it('is not needed to refuse an empty document', () => {
    const parsed = page.text.parseYamlDocument('  \n', 'pod')
    expect(parsed.findings.map((f) => f.code)).toEqual(['document.empty'])
    expect(page.engine.yamlLibraryLoaded()).toBe(false)
  })

  it('is not loaded for the first visit: its documents come parsed by the build', async () => {
    // Given the build's parse in the caches
    page.engine.primeDocuments(prepared)
    // When the default scenario is simulated
    const trace = await page.engine.simulate(scenario)
    // Then credentials are issued, and the library was never asked for
    expect(trace.outcome).toBe('issued')
    expect(page.engine.yamlLibraryLoaded()).toBe(false)
  })

  it('is loaded by simulate() for a text not parsed before, which it then reads', async () => {
    // Given the same scenario with its pod moved to another namespace (a text not in the caches)
    page.engine.primeDocuments(prepared)
    const moved = { ...scenario, pod: scenario.pod!.replace('namespace: example', 'namespace: x') }
    // When it is simulated
    const trace = await page.engine.simulate(moved)
    // Then the library was loaded first, and the pod was read: its namespace no longer matches
    expect(page.engine.yamlLibraryLoaded()).toBe(true)
    expect(trace.outcome).not.toBe('issued')
    expect(page.text.parseYamlDocument(moved.pod!, 'pod').value).toMatchObject({
      metadata: { namespace: 'x' },
    })
  })

  it('loads once: callers at the same time share one load', async () => {
    const [first, second] = await Promise.all([
      page.engine.loadYamlLibrary(),
      page.engine.loadYamlLibrary(),
    ])
    expect(first).toBe(second)
    expect(page.text.yamlLibrary()).toBe(first)
    expect(typeof first.parseAllDocuments).toBe('function')
  })
})
