/**
 * The layer order is enforced by lint (eslint.config.js): engine ← scenarios ← learning ← state ←
 * ui ← app. These run ESLint itself on small sources placed in each layer, so a rule that stops
 * firing (a renamed folder, a pattern typo) fails here.
 */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

/** The messages of the layer rule for `code` placed at `filePath`. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message)
}

describe('layer order (eslint no-restricted-imports)', { timeout: 60_000 }, () => {
  it.each([
    [
      'src/engine/x.ts',
      "import { useStore } from '../state/store'\nexport const x = useStore",
      'engine/',
    ],
    [
      'src/scenarios/x.ts',
      "import { useStore } from '../state/store'\nexport const x = useStore",
      'scenarios/',
    ],
    [
      'src/scenarios/x.ts',
      "import { Verdict } from '../ui/verdict/Verdict'\nexport const x = Verdict",
      'scenarios/',
    ],
    [
      'src/learning/tour/x.ts',
      "import { useStore } from '../../state/store'\nexport const x = useStore",
      'learning/',
    ],
    [
      'src/state/x.ts',
      "import { findingMessage } from '../ui/text/findingText'\nexport const x = findingMessage",
      'state/',
    ],
    [
      'src/ui/x.ts',
      "import { modeFromSearch } from '../app/mode'\nexport const x = modeFromSearch",
      'ui/',
    ],
  ])('%s may not import upward: %s', async (filePath, code, layer) => {
    const errors = await layerErrors(filePath, code)
    expect(errors).toHaveLength(1)
    // The message teaches: which layer this is and what it may import instead.
    expect(errors[0]).toContain(layer)
    expect(errors[0]).toMatch(/may import only|framework-free/)
  })

  it('reaches engine internals only through its faces', async () => {
    const deep =
      "import { parseJsonDocument } from '../engine/text/document'\nexport const x = parseJsonDocument"
    expect(await layerErrors('src/scenarios/x.ts', deep)).toEqual([
      expect.stringContaining('through its faces'),
    ])
    const face =
      "import { parseJsonDocument } from '../engine/text'\nexport const x = parseJsonDocument"
    expect(await layerErrors('src/scenarios/x.ts', face)).toEqual([])
  })

  it.each(['src/scenarios/x.ts', 'src/learning/tour/x.ts'])(
    '%s may not import React (the hooks rules run only where React may live)',
    async (filePath) => {
      const code = "import { useState } from 'react'\nexport const x = useState"
      expect(await layerErrors(filePath, code)).toEqual([expect.stringContaining('without React')])
    },
  )

  it('runs the hooks rules where components and hooks live', async () => {
    const hook = 'export function useX(a: boolean) {\n  if (a) useY()\n}\nfunction useY() {}\n'
    const [result] = await eslint.lintText(hook, { filePath: 'src/ui/x.ts' })
    expect(result?.messages.map((m) => m.ruleId)).toContain('react-hooks/rules-of-hooks')
  })

  it('lets each layer import the ones below it', async () => {
    const down = [
      "import { simulate } from '../engine'",
      "import { PRESETS } from '../scenarios/presets'",
      "import { useStore } from '../state/store'",
      'export const x = [simulate, PRESETS, useStore]',
    ].join('\n')
    expect(await layerErrors('src/ui/x.ts', down)).toEqual([])
  })
})
