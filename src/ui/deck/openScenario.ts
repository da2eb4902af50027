import { decodeShareFragment } from '../../scenarios/share/codec'
import { materializeShare } from '../../scenarios/share/link'
import { useAppStore } from '../../state/store'

/**
 * Opens a share fragment (`p=…` or `s=…`) in the store, as the page does on load: the preset, a
 * fresh demo key, the edits; then simulates it. A presentation view's store is read-only (it
 * never writes the user's autosave: app/storageMode). Resolves false when the fragment is not a
 * valid link or its scenario cannot be simulated; never throws.
 */
export async function openSharedScenario(fragment: string): Promise<boolean> {
  try {
    const decoded = decodeShareFragment(fragment)
    if (!decoded?.ok) return false
    const shared = await materializeShare(decoded.payload)
    useAppStore.getState().loadDraft(shared.draft, shared.signingKey, shared.presetId)
    await useAppStore.getState().runSimulation()
    return !useAppStore.getState().engineFailed
  } catch {
    return false
  }
}
