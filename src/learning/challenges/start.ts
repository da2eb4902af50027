/** A challenge's starting scenario: its gallery preset, built with a cluster key, then its edits. */
import { draftFromScenario, type ScenarioDraft } from '../../scenarios/draft'
import { findPreset } from '../../scenarios/presets'
import type { PresetMaterial } from '../../scenarios/presets/blog'
import type { Challenge, ChallengeContext } from './types'

export async function buildStart(
  challenge: Challenge,
  material: PresetMaterial,
): Promise<ScenarioDraft | undefined> {
  const preset = findPreset(challenge.start.preset)
  if (!preset) return undefined
  const draft = draftFromScenario(await preset.build(material))
  const ctx: ChallengeContext = { key: material.key }
  return challenge.start.edit ? { ...draft, ...(await challenge.start.edit(draft, ctx)) } : draft
}
