/**
 * The first visit's documents, parsed by the build (issue #18). The default scenario's service
 * account, pod and policies are constant texts (only its key and token are new on each visit):
 * the build parses them with the engine and writes the results into the page as plain data
 * (`virtual:first-visit-documents`), and the page hands them to the engine's caches before its
 * first simulation (primeDocuments), which then parses nothing. The YAML and JSON parsers' work
 * leaves the first visit's critical path; the result is the one the page would compute, because
 * the build computes it with the same code.
 *
 * The dev server serves an empty list: there the engine may be edited while the page runs, and a
 * parse taken when the server started would be stale.
 */
import { fileURLToPath } from 'node:url'
import { runnerImport, type Plugin } from 'vite'
import type { PreparedDocument } from '../src/engine'

/** The module that takes the parse (run by Vite's module runner: TypeScript, as the page has it). */
const SNAPSHOT = fileURLToPath(new URL('../src/scenarios/firstVisitSnapshot.ts', import.meta.url))

export const FIRST_VISIT_DOCUMENTS = 'virtual:first-visit-documents'
const RESOLVED = `\0${FIRST_VISIT_DOCUMENTS}`

/** The module the page imports: the default scenario's documents, parsed. */
export function firstVisitDocumentsModule(prepared: readonly PreparedDocument[]): string {
  return `export default ${JSON.stringify(prepared)}\n`
}

/** The default scenario's documents, parsed by the engine's own code. */
export async function takeFirstVisitDocuments(): Promise<PreparedDocument[]> {
  const { module } = await runnerImport<{ firstVisitSnapshot: () => PreparedDocument[] }>(
    SNAPSHOT,
    {
      configFile: false,
      logLevel: 'error',
    },
  )
  return module.firstVisitSnapshot()
}

export function firstVisitDocuments(): Plugin {
  let build = false
  return {
    name: 'irsa-lab-first-visit-documents',
    configResolved(config) {
      build = config.command === 'build'
    },
    resolveId: (id) => (id === FIRST_VISIT_DOCUMENTS ? RESOLVED : undefined),
    load: async (id) =>
      id === RESOLVED
        ? firstVisitDocumentsModule(build ? await takeFirstVisitDocuments() : [])
        : undefined,
  }
}
