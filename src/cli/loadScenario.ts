/// <reference types="node" />
/**
 * Reads the scenario a command is given: a scenario file as the app exports it
 * (`{ "irsaLab": 1, "draft": … }`, src/scenarios/export/scenarioFile.ts) or a `Scenario` of the
 * engine's public contract (shared/spec/engine-api.md, `{ "version": 1, "cluster": …, "aws": … }`).
 * Never throws: what cannot be read comes back as a reason to print.
 */
import { readFile } from 'node:fs/promises'
import type { Finding, Scenario } from '../engine'
import { parseJsonDocument } from '../engine/text'
import { scenarioFromDraft, type ScenarioDraft } from '../scenarios/draft'
import { MAX_SCENARIO_FILE_LENGTH, parseScenarioFile } from '../scenarios/export/scenarioFile'

export type LoadedScenario =
  | {
      ok: true
      scenario: Scenario
      /** The app's draft (a scenario file) or one made from the Scenario (for the fixes). */
      draft?: ScenarioDraft
      /** Problems found while turning the draft's texts into a Scenario. */
      findings: Finding[]
      format: 'scenarioFile' | 'scenario'
    }
  | { ok: false; reason: string }

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** A scenario from the text of a file. */
export function scenarioFromText(text: string): LoadedScenario {
  if (text.length > MAX_SCENARIO_FILE_LENGTH)
    return { ok: false, reason: 'the file is too large for a scenario' }
  const doc = parseJsonDocument(text.replace(/^\uFEFF/, ''), 'request')
  if (!doc.ok) {
    const where = doc.findings[0]?.message
    return { ok: false, reason: `not JSON${where ? ` (${where})` : ''}` }
  }
  const value = doc.value
  if (isObject(value) && 'irsaLab' in value) {
    const file = parseScenarioFile(text)
    if (!file.ok)
      return {
        ok: false,
        reason: `not a readable IRSA Lab scenario file (${file.error}${file.field ? `: ${file.field}` : ''})`,
      }
    const { scenario, findings } = scenarioFromDraft(file.draft)
    return { ok: true, scenario, draft: file.draft, findings, format: 'scenarioFile' }
  }
  if (isObject(value) && value.version === 1 && isObject(value.cluster) && isObject(value.aws))
    return { ok: true, scenario: value as unknown as Scenario, findings: [], format: 'scenario' }
  return {
    ok: false,
    reason:
      'neither a scenario file exported by the app ({ "irsaLab": 1, "draft": … }) nor a Scenario ({ "version": 1, "cluster": …, "aws": … })',
  }
}

/** Reads FILE ('-': standard input) as text; undefined with a reason when it cannot be read. */
export async function readInput(
  path: string,
): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  try {
    if (path === '-') {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return { ok: true, text: Buffer.concat(chunks).toString('utf8') }
    }
    return { ok: true, text: await readFile(path, 'utf8') }
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) }
  }
}

export async function loadScenario(path: string): Promise<LoadedScenario> {
  const input = await readInput(path)
  if (!input.ok) return { ok: false, reason: `cannot read ${path}: ${input.reason}` }
  return scenarioFromText(input.text)
}
