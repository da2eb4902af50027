/**
 * On a first visit the cluster key is on the critical path: WebCrypto takes 50–600 ms for an
 * RSA-2048 key pair, off the main thread. earlyKey.ts starts it as soon as the app's code runs
 * (among the entry's first imports), so it is generated while the rest of the code is evaluated
 * and the page renders.
 *
 * Only when the default scenario will need it: not for a share link (it brings its own scenario),
 * not when autosaved work is there. WebCrypto is asked what jose's generateKeyPair would ask it
 * (CLUSTER_KEY_ALGORITHMS).
 *
 * The built page used to start the pair earlier, from a classic script of its own in the head,
 * while the app's code downloaded. Measured in the headless shell (7 Dec), that made first visits
 * slower: parser-blocking, it held up the module scripts and the stylesheet; made `async`, its key
 * generation competed with the code's compilation for the machine's two cores (README,
 * performance).
 */
// The key alone, not the jwt face (as earlyKey.ts).
// eslint-disable-next-line no-restricted-imports
import { CLUSTER_KEY_ALGORITHMS, CLUSTER_KEY_USAGES } from '../engine/jwt/keys'
import { isShareFragment } from '../scenarios/share/fragment'
import { STORAGE_KEY } from '../state/storageKey'

/** Whether the autosave holds a draft (what the page opens instead of the default scenario). */
export function hasAutosavedWork(storage: Pick<Storage, 'getItem'> | undefined): boolean {
  try {
    const raw = storage?.getItem(STORAGE_KEY) ?? null
    return raw !== null && (JSON.parse(raw) as { state?: { draft?: unknown } }).state?.draft != null
  } catch {
    return false
  }
}

/** Whether a page opened at `hash`, with this storage, opens the default scenario. */
export function opensDefaultScenario(hash: string, storage: Pick<Storage, 'getItem'> | undefined) {
  return !isShareFragment(hash) && !hasAutosavedWork(storage)
}

function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined // storage blocked: no autosave to open either
  }
}

/** Asks WebCrypto for the first visit's key pair, when the page will open the default scenario. */
export function startKeyPair(): Promise<CryptoKeyPair> | undefined {
  if (typeof window === 'undefined' || !globalThis.crypto?.subtle) return undefined
  if (!opensDefaultScenario(window.location.hash, localStorageOrUndefined())) return undefined
  try {
    const pair = crypto.subtle.generateKey(CLUSTER_KEY_ALGORITHMS.RS256, true, [
      ...CLUSTER_KEY_USAGES,
    ])
    // Unused (the user's work turned up after all) is fine; a failure is the taker's to handle.
    pair.catch(() => undefined)
    return pair
  } catch {
    return undefined
  }
}
