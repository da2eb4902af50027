/**
 * What the page opens with: a share link in the fragment, else the autosaved work, else the blog
 * post's scenario. A link never silently replaces unsaved work: the work stays one Undo away and a
 * notice says so. A bad link is explained and the page falls back instead.
 */
import { createDefaultScenario } from '../scenarios/defaultScenario'
import { takeEarlyKey } from './earlyKey'
import { modeFromSearch } from './mode'
import { isShareFragment } from '../scenarios/share/fragment'
import type { AppState } from '../state/store'

type Store = { getState: () => AppState }

export async function boot(hash: string, store: Store): Promise<{ step?: number }> {
  try {
    return await openFrom(hash, store)
  } catch {
    // Never stuck on "Generating a cluster key…": whatever failed (a link the checks let through,
    // an engine bug), the user's saved work or the default scenario opens, with a notice.
    store.getState().showNotice({ kind: 'link-failed' })
    if (store.getState().draft) {
      await store.getState().runSimulation()
      if (!store.getState().engineFailed) return {}
    }
    await openDefault(store)
    return {}
  }
}

async function openDefault(store: Store): Promise<void> {
  const { scenario, key } = await createDefaultScenario(new Date(), takeEarlyKey())
  store.getState().loadScenario(scenario, {
    alg: 'RS256',
    kid: key.kid,
    privateJwk: key.privateJwk,
    publicJwk: key.publicJwk,
  })
}

async function openFrom(hash: string, store: Store): Promise<{ step?: number }> {
  // The codec (and lz-string) is a chunk of its own, fetched only when there is a link to open.
  const share = isShareFragment(hash)
    ? await Promise.all([import('../scenarios/share/codec'), import('../scenarios/share/link')])
    : undefined
  const decoded = share?.[0].decodeShareFragment(hash)
  const { draft, runSimulation, showNotice } = store.getState()
  if (share && decoded?.ok) {
    const shared = await share[1].materializeShare(decoded.payload)
    store.getState().loadDraft(shared.draft, shared.signingKey, shared.presetId)
    await store.getState().runSimulation()
    if (store.getState().engineFailed) {
      // The link's scenario cannot be simulated: back to the work it replaced.
      store.getState().undo()
      throw new Error('the linked scenario failed')
    }
    showNotice({
      kind: shared.redacted
        ? 'link-redacted'
        : draft && JSON.stringify(draft) !== JSON.stringify(shared.draft)
          ? 'link-opened-kept-work'
          : shared.resigned
            ? 'link-resigned'
            : 'link-opened',
    })
    if (shared.step !== undefined) store.getState().seek(shared.step)
    return shared.step !== undefined ? { step: shared.step } : {}
  }
  if (decoded && !decoded.ok) showNotice({ kind: 'bad-link', detail: decoded.detail })
  if (draft) {
    await runSimulation()
    if (!store.getState().engineFailed) return {}
  }
  await openDefault(store)
  return {}
}

/**
 * Opens the page's scenario, and again whenever the fragment changes (a link pasted into this
 * tab, a gallery link). Called before React's first render, so that the key generation (off the
 * main thread) and the first simulation overlap the page's loading and rendering.
 */
export function openScenarioOnLoad(store: Store): void {
  const open = () =>
    void boot(window.location.hash, store).then(() => {
      // The link's scenario is now the autosaved work: a reload must not apply the link again.
      // A presentation view keeps its link: a reload (or the presenter's window) opens the same
      // scenario, not whatever the playground holds.
      if (window.location.hash && modeFromSearch(window.location.search) === 'playground')
        history.replaceState(null, '', window.location.pathname + window.location.search)
    })
  open()
  window.addEventListener('hashchange', open)
}
