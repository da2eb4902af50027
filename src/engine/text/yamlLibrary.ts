/**
 * The YAML library (`yaml`, about a sixth of the page's up-front code), loaded when first needed
 * rather than with the page (issue #18). The first visit's documents come parsed by the build
 * (`primeDocuments`), so its verdict needs no YAML parser; the library arrives while it paints.
 *
 * Who reads YAML synchronously takes the library from here (`yamlLibrary()`); what may run before
 * it is loaded waits for it first:
 * - `simulate()` awaits it whenever a YAML document is not in the parse cache (chain.ts);
 * - every lazily loaded panel and dialog awaits it with its chunk (ui/lazyPanel.ts);
 * - the autosave holds a write that needs it until it is there (state/autosave.ts);
 * - Node (the CLI, the tests, the build) loads it before anything else.
 */
import type * as Yaml from 'yaml'

export type YamlLibrary = typeof Yaml

let library: YamlLibrary | undefined
let loading: Promise<YamlLibrary> | undefined

/** Loads the library once (later calls share the first); resolves when it can be used. */
export function loadYamlLibrary(): Promise<YamlLibrary> {
  loading ??= import('yaml').then(
    (module) => (library = module),
    (error: unknown) => {
      loading = undefined // offline and never cached: a later call retries
      throw error
    },
  )
  return loading
}

/** Whether the library is loaded (`yamlLibrary()` may be called). */
export function yamlLibraryLoaded(): boolean {
  return library !== undefined
}

/**
 * The library, for code that reads YAML synchronously. Calling it before `loadYamlLibrary()` has
 * resolved is a bug in the caller (not a property of any input), and throws to say so.
 */
export function yamlLibrary(): YamlLibrary {
  if (!library)
    throw new Error('The YAML library is not loaded yet: await loadYamlLibrary() first.')
  return library
}
