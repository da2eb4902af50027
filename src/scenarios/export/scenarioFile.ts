/**
 * The scenario file: `{ "irsaLab": 1, "draft": { … } }`, the editors' texts as they are. Reading
 * one back never throws: the file is parsed with the engine's located parser (syntax errors,
 * absurd nesting) and its draft is checked against the one draft schema (../draftSchema, as links
 * and the autosave are); garbage is refused with a reason the UI shows.
 */
import { parseJsonDocument } from '../../engine/text'
import type { ScenarioDraft } from '../draft'
import { checkDraft } from '../draftSchema'

export const SCENARIO_FILE_VERSION = 1
/** Larger files are refused before parsing: a scenario is a few kilobytes. */
export const MAX_SCENARIO_FILE_LENGTH = 2_000_000

export interface ScenarioFile {
  irsaLab: typeof SCENARIO_FILE_VERSION
  draft: ScenarioDraft
}

export type ScenarioFileError = 'tooLarge' | 'syntax' | 'notScenario' | 'newerVersion' | 'badField'

export type ScenarioFileResult =
  { ok: true; draft: ScenarioDraft } | { ok: false; error: ScenarioFileError; field?: string }

/** The text of a scenario file for the draft. */
export function scenarioFileText(draft: ScenarioDraft): string {
  const file: ScenarioFile = { irsaLab: SCENARIO_FILE_VERSION, draft }
  return `${JSON.stringify(file, null, 2)}\n`
}

/** A file name for the download, from the role and the instant (no characters file systems refuse). */
export function scenarioFileName(draft: ScenarioDraft): string {
  const role = draft.roleName.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 64) || 'scenario'
  return `irsa-lab-${role}.json`
}

/** Reads a scenario file; unknown fields are ignored, missing optional ones get their default. */
export function parseScenarioFile(text: string): ScenarioFileResult {
  if (typeof text !== 'string') return { ok: false, error: 'notScenario' }
  if (text.length > MAX_SCENARIO_FILE_LENGTH) return { ok: false, error: 'tooLarge' }
  const doc = parseJsonDocument(text.replace(/^\uFEFF/, ''), 'request')
  if (!doc.ok) return { ok: false, error: 'syntax' }
  const file = doc.value as Record<string, unknown> | null
  if (!file || typeof file !== 'object' || Array.isArray(file) || !('irsaLab' in file))
    return { ok: false, error: 'notScenario' }
  if (typeof file.irsaLab === 'number' && file.irsaLab > SCENARIO_FILE_VERSION)
    return { ok: false, error: 'newerVersion' }
  const draft = file.draft as Record<string, unknown> | null
  if (
    file.irsaLab !== SCENARIO_FILE_VERSION ||
    !draft ||
    typeof draft !== 'object' ||
    Array.isArray(draft)
  )
    return { ok: false, error: 'notScenario' }
  // The one schema links, files and the autosave are checked against (types and bounds).
  const checked = checkDraft(draft)
  if (!checked.ok)
    return checked.field === undefined
      ? { ok: false, error: 'notScenario' }
      : { ok: false, error: 'badField', field: checked.field }
  return { ok: true, draft: checked.draft }
}
