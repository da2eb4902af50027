/**
 * On a first visit the cluster key is on the critical path: WebCrypto takes 50–600 ms for an
 * RSA-2048 key pair (off the main thread; longer while the machine compiles the page's code). The
 * build turns keyPairScript.ts into a small classic script in the page's head (see
 * scripts/earlyScript.ts), which starts the generation while the app's code is still downloading
 * and compiling; earlyKey.ts takes the pair. Without that script (dev, or if it failed), earlyKey
 * starts the generation itself, as soon as the app's code runs.
 *
 * Only when the default scenario will need it: not for a share link (it brings its own scenario),
 * not when autosaved work is there. Nothing here imports jose: WebCrypto is asked what jose's
 * generateKeyPair would ask it (CLUSTER_KEY_ALGORITHMS).
 */
// The algorithm alone, without the engine's jwt face (jose): the page's first script stays small.
// eslint-disable-next-line no-restricted-imports
import { CLUSTER_KEY_ALGORITHMS, CLUSTER_KEY_USAGES } from '../engine/jwt/keyAlgorithms'
import { isShareFragment } from '../scenarios/share/fragment'
import { STORAGE_KEY } from '../state/storageKey'

/** Where the page's first script leaves the pair for the app (a global: the two are separate scripts). */
export const STARTED_KEY_PAIR = '__irsaLabKeyPair'

type Holder = { [STARTED_KEY_PAIR]?: Promise<CryptoKeyPair> }

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

/** The page's first script: starts the pair and leaves it for the app. */
export function publishKeyPair(holder: object = globalThis): void {
  ;(holder as Holder)[STARTED_KEY_PAIR] = startKeyPair()
}

/** The pair the page's first script started, once; afterwards (or without it) `undefined`. */
export function takeStartedKeyPair(
  holder: object = globalThis,
): Promise<CryptoKeyPair> | undefined {
  const pair = (holder as Holder)[STARTED_KEY_PAIR]
  delete (holder as Holder)[STARTED_KEY_PAIR]
  return pair
}
