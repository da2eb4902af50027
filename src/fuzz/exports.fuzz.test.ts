/**
 * Fuzz slot "exported commands": drafts whose names, client IDs, ARNs, session names and audiences
 * are hostile (crafted option-like, paramfile and invisible values, shell-special characters, any
 * string). For each, every emitted command parses as `sh` reads it and no user value stands where an
 * option may start; every unsafe value refused its block (src/scenarios/export/exportChecks.ts).
 * FUZZ_RUNS and FUZZ_SEED as in the rest of the suite; one run writes and reads back a whole
 * export (eight commands and the Terraform), so this slot runs a tenth of FUZZ_RUNS.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exportProblems, hostileDraft, hostileValues } from '../scenarios/export/exportChecks'
import { exportTerraform } from '../scenarios/export/terraform'

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000)
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED)
const params = { numRuns: Math.ceil(RUNS / 10), ...(SEED === undefined ? {} : { seed: SEED }) }

describe('fuzz: exported commands', () => {
  it('no user value in an option position, no unsafe value printed, Terraform never throws', () => {
    fc.assert(
      fc.property(hostileValues(), (values) => {
        const draft = hostileDraft(values)
        expect(exportProblems(draft, values)).toEqual([])
        const terraform = exportTerraform(draft)
        expect(terraform.text === '').toBe(terraform.refusals.length > 0)
      }),
      params,
    )
  }, 600_000)
})
