/**
 * Applying an import (issue #16): the pasted output replaces the whole scenario. Nothing of the
 * scenario on screen (the example's pod, role, permission policy…) survives into it; what the
 * paste did not provide is left empty and listed in `notProvided`, so the engine reports the checks
 * that need it as unknown and the editors say "not provided". Later pastes of the same import fill
 * those fields in.
 */
import type { NotProvidedInput } from '../../engine'
import type { ScenarioDraft } from '../draft'
import type { MissingPieceId } from './missing'

/** The draft fields that are inputs the engine can lack (the engine's `NotProvidedInput`). */
export const IMPORT_INPUTS = [
  'token',
  'serviceAccount',
  'pod',
  'issuer',
  'jwks',
  'oidcProviders',
  'trustPolicy',
  'permissionPolicy',
] as const satisfies readonly (NotProvidedInput & keyof ScenarioDraft)[]

/** The piece of the "still missing" list (and its commands) that provides each input. */
export const PIECE_OF_INPUT: Record<NotProvidedInput, MissingPieceId> = {
  token: 'token',
  serviceAccount: 'serviceAccount',
  pod: 'pod',
  issuer: 'issuer',
  jwks: 'jwks',
  oidcProviders: 'oidcProvider',
  trustPolicy: 'role',
  permissionPolicy: 'permissionPolicy',
}

const blank = (text: string | undefined) => text === undefined || text.trim() === ''

/** An empty scenario at the user's instant: nothing from an example. */
export function emptyDraft(now: string): ScenarioDraft {
  return {
    token: '',
    serviceAccount: '',
    pod: '',
    issuer: '',
    jwks: '',
    oidcProviders: '',
    accountId: '',
    roleName: '',
    maxSessionDuration: 3600,
    trustPolicy: '',
    permissionPolicy: '',
    request: '{}',
    now,
    call: { action: '', resource: '' },
  }
}

/** The inputs of a draft that are still empty. */
export function emptyInputs(draft: ScenarioDraft): NotProvidedInput[] {
  return IMPORT_INPUTS.filter((field) => blank(draft[field]))
}

/** Whether a draft came from an import (later pastes fill it in rather than replace it). */
export const isImported = (draft: ScenarioDraft | undefined): boolean =>
  draft?.notProvided !== undefined

/**
 * The scenario an import gives. `current` is the scenario on screen: when it came from an import
 * itself the paste fills it in (its fields stay, the pasted ones win); any other scenario is
 * replaced whole. `now` is the user's clock when they pasted (a real token is judged at it).
 * A role read with `aws iam get-role` (its name comes with it) exists in the account.
 */
export function applyImport(
  current: ScenarioDraft | undefined,
  patch: Partial<ScenarioDraft>,
  now: string,
): ScenarioDraft {
  const base = current && isImported(current) ? current : emptyDraft(now)
  const draft: ScenarioDraft = { ...base, ...patch }
  draft.notProvided = emptyInputs(draft)
  // Always set, so that applying it over the scenario on screen leaves nothing of that one.
  draft.existingRole = !blank(patch.roleName) || base.existingRole === true
  return draft
}

/** Whether a field of the draft was not provided by an import (listed and still empty). */
export function isFieldNotProvided(draft: ScenarioDraft | undefined, field: string): boolean {
  if (!draft?.notProvided?.includes(field as NotProvidedInput)) return false
  const value = draft[field as keyof ScenarioDraft]
  return typeof value === 'string' && value.trim() === ''
}
