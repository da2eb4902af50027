import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'

/**
 * The first screen's code in four chunks: React DOM, the other libraries (i18next, jose,
 * zustand...), the engine, and the app. Left to itself the bundler split it into 28 chunks (a
 * module shared with some lazy chunk got a chunk of its own), and the page's parser spent about
 * a third of a second at CPU 4× issuing their 28 modulepreload requests before the app's code
 * could run. Four chunks still stream and compile side by side (see below); one chunk could not.
 * Each group holds only modules the page loads first (`$initial`), so the lazy chunks stay as
 * they were. A/B, 9 alternating first visits at CPU 4×: 1,904 → 1,712 ms (medians).
 *
 * Without including dependencies recursively the bundler must keep the modules' execution order
 * across chunks itself (`strictExecutionOrder`).
 */
export function firstScreenChunk(moduleId: string): string {
  if (/node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(moduleId)) return 'react'
  if (/node_modules[\\/]/.test(moduleId)) return 'vendor'
  if (/[\\/]src[\\/]engine[\\/]/.test(moduleId)) return 'engine'
  return 'app'
}

export const FIRST_SCREEN_OUTPUT = {
  strictExecutionOrder: true,
  codeSplitting: {
    groups: [
      {
        tags: ['$initial' as const],
        includeDependenciesRecursively: false,
        name: firstScreenChunk,
      },
    ],
  },
}

/**
 * The first screen's code, compiled while it downloads.
 *
 * V8 compiles a function the first time it is called, on the main thread. On a first visit that
 * was about 1,300 functions (React DOM's, i18next's, the YAML parser's, the engine's) between the
 * page's first byte and the verdict. The file-level magic comment `//# allFunctionsCalledOnLoad`
 * (V8's explicit compile hints, Chrome 136 and later) asks V8 to compile a file's functions
 * eagerly while the file is streamed in, on background threads. Other browsers read it as a
 * comment.
 *
 * Only the chunks the page loads before its verdict carry it: the entry and every chunk it
 * imports statically. The lazy chunks (Monaco, the panels, the tools) keep lazy compilation: most
 * of their functions never run on a first visit, and eager compilation would only cost memory.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'

/** What this needs of a chunk in the bundle (Rollup's and Rolldown's output chunks have it). */
export interface HintableChunk {
  type: 'chunk'
  fileName: string
  isEntry: boolean
  imports: readonly string[]
}

type Bundle = Record<string, HintableChunk | { type: 'asset' }>

/** The file names of the entry chunks and of every chunk they import statically, recursively. */
export function initialChunks(bundle: Bundle): Set<string> {
  const chunks = new Map<string, HintableChunk>()
  for (const file of Object.values(bundle))
    if (file.type === 'chunk') chunks.set(file.fileName, file)
  const initial = new Set<string>()
  const visit = (fileName: string) => {
    const chunk = chunks.get(fileName)
    if (!chunk || initial.has(fileName)) return
    initial.add(fileName)
    for (const imported of chunk.imports) visit(imported)
  }
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName)
  return initial
}

export function compileHints(): Plugin {
  let outDir = 'dist'
  return {
    name: 'irsa-lab-compile-hints',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    // On the files as written: Vite puts its preload map (`__vite__mapDeps`) on top of a chunk
    // after every plugin's generateBundle, and the hint must be the file's first line.
    writeBundle(_options, bundle) {
      for (const fileName of initialChunks(bundle as unknown as Bundle)) {
        const path = join(outDir, fileName)
        const code = readFileSync(path, 'utf8')
        if (code.startsWith(COMPILE_HINT)) continue
        writeFileSync(path, COMPILE_HINT + code)
        // A build with source maps: the generated code is one line further down.
        if (existsSync(`${path}.map`)) {
          const map = JSON.parse(readFileSync(`${path}.map`, 'utf8')) as { mappings: string }
          writeFileSync(`${path}.map`, JSON.stringify({ ...map, mappings: `;${map.mappings}` }))
        }
      }
    },
  }
}
