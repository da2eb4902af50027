import { generateClusterKey } from '../../engine'
import { findPreset } from '../../scenarios/presets'

export { DEFAULT_PRESET_ID } from '../../scenarios/presets'
import { useAppStore } from '../../state/store'

/** Opens a gallery scenario with a fresh demo key, its token issued a minute ago (undoable). */
export async function loadPreset(id: string, now: Date = new Date()): Promise<void> {
  const preset = findPreset(id)
  if (!preset) return
  const key = await generateClusterKey('RS256')
  const issuedAt = new Date(Math.floor(now.getTime() / 1000) * 1000 - 60_000).toISOString()
  const scenario = await preset.build({ key, issuedAt })
  useAppStore
    .getState()
    .loadScenario(
      scenario,
      { alg: 'RS256', kid: key.kid, privateJwk: key.privateJwk, publicJwk: key.publicJwk },
      id,
    )
}
