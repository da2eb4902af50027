/**
 * The JavaScript a first visit loads before the verdict: the entry script and its modulepreloads
 * in index.html, gzip-compressed (level 9), and what of it is libraries (React, i18next, jose,
 * jsonc-parser, zustand) rather than our code, told apart by the source maps of an
 * in-memory build identical to `vite build` but for the maps.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { decode } from '@jridgewell/sourcemap-codec'
import { build, type Rollup } from 'vite'

export interface BundleFigures {
  /** Files index.html loads up front. */
  upFrontFiles: number
  upFrontGzip: number
  /** The libraries' share of the up-front code, and ours. */
  librariesGzip: number
  oursGzip: number
  /** Every JavaScript file of the build (Monaco and the lazy panels included). */
  totalFiles: number
  totalGzip: number
}

const gzip = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length

/** The up-front chunk files named by an index.html. */
export function upFrontScripts(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!)
}

/** Splits a minified chunk's text by where its source map says each piece came from. */
function splitBySource(code: string, map: { sources: string[]; mappings: string }) {
  const lines = code.split('\n')
  let libraries = ''
  let ours = ''
  decode(map.mappings).forEach((segments, index) => {
    const line = lines[index] ?? ''
    segments.forEach((segment, i) => {
      const end = segments[i + 1]?.[0] ?? line.length
      const text = line.slice(segment[0], end)
      if (segment.length > 1 && map.sources[segment[1]!]?.includes('node_modules/'))
        libraries += text
      else ours += text
    })
  })
  return { libraries, ours }
}

export async function measureBundle(distDir = 'dist'): Promise<BundleFigures> {
  const html = readFileSync(`${distDir}/index.html`, 'utf8')
  const upFront = upFrontScripts(html)
  const all = readdirSync(`${distDir}/assets`).filter((f) => f.endsWith('.js'))
  const size = (file: string) => gzip(readFileSync(`${distDir}/${file}`))

  // The same build with source maps, in memory: chunk names (content hashes) match dist/.
  const output = (await build({
    logLevel: 'silent',
    build: { sourcemap: true, write: false },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[]
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output)
  let libraries = ''
  let ours = ''
  for (const file of upFront) {
    const chunk = chunks.find((c) => c.fileName === file)
    if (!chunk || chunk.type !== 'chunk') throw new Error(`${file}: not in the mapped build`)
    // A chunk without a map (the bundler's runtime) counts as ours: the split errs our way.
    const parts = chunk.map
      ? splitBySource(chunk.code, chunk.map)
      : { libraries: '', ours: chunk.code }
    libraries += parts.libraries
    ours += parts.ours
  }
  return {
    upFrontFiles: upFront.length,
    upFrontGzip: upFront.reduce((sum, file) => sum + size(file), 0),
    librariesGzip: gzip(libraries),
    oursGzip: gzip(ours),
    totalFiles: all.length,
    totalGzip: all.reduce((sum, file) => sum + size(`assets/${file}`), 0),
  }
}
