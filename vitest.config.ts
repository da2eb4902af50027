import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { BaseSequencer, type TestSpecification } from 'vitest/node'
import { defineConfig } from 'vitest/config'

/**
 * The files that take longest (the fuzz suites, the real AWS clients), by path: they start first,
 * so that on two workers the short files fill in beside them instead of the longest one starting
 * last and running alone. (Once a run has left its timings in node_modules/.vite, Vitest orders
 * by them anyway; a clean clone has none.)
 */
const LONGEST_FIRST = [
  // The fuzz slots that run the whole chain, one file each (src/fuzz/fuzzSlots.ts), and the other
  // long files, longest first (file durations of an idle-ish run, 14:25 UTC).
  'src/fuzz/fuzz.trustPolicy.test.ts',
  'src/fuzz/fuzz.pod.test.ts',
  'src/cli/realClients.test.ts',
  'src/fuzz/fuzz.paste.test.ts',
  'src/fuzz/fuzz.serviceAccount.test.ts',
  'src/fuzz/fuzz.permissionPolicy.test.ts',
  'src/engine/iam/evaluatePolicy.test.ts',
  'src/ui/audit/AuditTable.test.tsx',
  'src/fuzz/fuzz.token.test.ts',
  'src/fuzz/debugger.fuzz.test.ts',
  'src/fuzz/fuzz.jwks.test.ts',
  'src/fuzz/fuzz.test.ts',
  'src/fuzz/',
  '.property.test.',
  'src/scenarios/share/',
]

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const rank = (file: TestSpecification) => {
      const i = LONGEST_FIRST.findIndex((part) => file.moduleId.includes(part))
      return i === -1 ? LONGEST_FIRST.length : i
    }
    // Array.prototype.sort is stable: within a rank, Vitest's own order stays.
    return sorted.sort((a, b) => rank(a) - rank(b))
  }
}

/**
 * Test files that change what a later file in the same worker would see: module mocks, stubbed
 * globals, fake timers, a DOM environment, or the stores and React trees. They run isolated (a
 * fresh module graph per file). Found by reading the files, so a new test that mocks is isolated
 * without anyone listing it.
 */
const NEEDS_ISOLATION =
  /vi\.(mock|doMock|unmock|stubGlobal|stubEnv|useFakeTimers|resetModules)\b|@vitest-environment/
const testFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return testFiles(path)
    return /\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
const ALL = ['src/**/*.test.ts', 'src/**/*.test.tsx']
const ISOLATED = [
  'src/state/**/*.test.ts',
  'src/**/*.test.tsx',
  ...testFiles('src').filter((path) => NEEDS_ISOLATION.test(readFileSync(path, 'utf8'))),
]

export default defineConfig({
  test: {
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
    projects: [
      {
        // Pure files (the engine, scenarios, the fuzz suites...) share one module graph per
        // worker: each file re-importing the engine, yaml and jose cost about as much CPU as the
        // tests themselves. Nothing they do outlives the file (checked with --sequence.shuffle).
        extends: true,
        test: { name: 'pure', isolate: false, include: ALL, exclude: ISOLATED },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
    // Both cores (Vitest's default is cores − 1: a single worker on this 2-core machine).
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    // Hang guards, not speed checks (speed belongs to `npm run bench`): a property test that
    // takes 2 s alone takes 10 s beside a CPU-heavy process, and must not fail for it.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
