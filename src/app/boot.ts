/**
 * What the page opens with: a share link in the fragment, else the autosaved work, else the blog
 * post's scenario. A link never silently replaces unsaved work: the work stays one Undo away and a
 * notice says so. A bad link is explained and the page falls back instead.
 */
import { createDefaultScenario } from '../scenarios/defaultScenario'
import { decodeShareFragment } from '../scenarios/share/codec'
import { materializeShare } from '../scenarios/share/link'
import type { AppState } from '../state/store'

type Store = { getState: () => AppState }

export async function boot(hash: string, store: Store): Promise<{ step?: number }> {
  const decoded = decodeShareFragment(hash)
  const { draft, runSimulation, showNotice } = store.getState()
  if (decoded?.ok) {
    const shared = await materializeShare(decoded.payload)
    store.getState().loadDraft(shared.draft, shared.signingKey, shared.presetId)
    showNotice({
      kind: shared.redacted
        ? 'link-redacted'
        : draft && JSON.stringify(draft) !== JSON.stringify(shared.draft)
          ? 'link-opened-kept-work'
          : shared.resigned
            ? 'link-resigned'
            : 'link-opened',
    })
    if (shared.step !== undefined) {
      await store.getState().runSimulation()
      store.getState().seek(shared.step)
    }
    return shared.step !== undefined ? { step: shared.step } : {}
  }
  if (decoded && !decoded.ok) showNotice({ kind: 'bad-link', detail: decoded.detail })
  if (draft) {
    await runSimulation()
    return {}
  }
  const { scenario, key } = await createDefaultScenario()
  store.getState().loadScenario(scenario, {
    alg: 'RS256',
    kid: key.kid,
    privateJwk: key.privateJwk,
    publicJwk: key.publicJwk,
  })
  return {}
}
