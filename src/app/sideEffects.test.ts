/**
 * package.json's `sideEffects` tells the bundler which modules it may not drop: a module imported
 * only for what it does (`import './app/storageMode'`) and missing from the list is silently left
 * out of the build (it happened: presentation views then wrote the user's autosave). Every such
 * import in the source must name a listed module.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const listed = new Set(
  (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { sideEffects: string[] })
    .sideEffects,
)

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

describe('modules imported for their side effects', () => {
  it('are all listed in package.json sideEffects, so the build keeps them', () => {
    const bare = /^import ['"](\.[^'"]+)['"]/gm
    const missing: string[] = []
    let found = 0
    for (const file of sourceFiles(join(root, 'src'))) {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(bare)) {
        if (spec!.endsWith('.css')) continue
        found++
        const base = join(dirname(file), spec!)
        const candidates = ['.ts', '.tsx'].map((ext) => `./${relative(root, base + ext)}`)
        if (!candidates.some((c) => listed.has(c))) missing.push(`${relative(root, file)}: ${spec}`)
      }
    }
    expect(found).toBeGreaterThan(0)
    expect(missing).toEqual([])
  })
})
