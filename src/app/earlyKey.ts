/**
 * On a first visit the cluster key is the critical path: generating an RSA-2048 key pair takes
 * 50–300 ms (in WebCrypto, off the main thread). This module is the entry's first import, so the
 * generation starts before the rest of the page's code is even evaluated, and overlaps it.
 *
 * Only when the default scenario will need it: not for a share link (it brings its own scenario),
 * not when autosaved work is there.
 */
// The key's generation starts before the rest is evaluated: keys.ts alone, not the jwt face.
// eslint-disable-next-line no-restricted-imports
import { generateClusterKey, type ClusterKey } from '../engine/jwt/keys'
import { isShareFragment } from '../scenarios/share/fragment'
import { STORAGE_KEY } from '../state/storageKey'

function hasAutosavedWork(): boolean {
  try {
    const raw = localStorage.getItem(STORAGE_KEY)
    return raw !== null && (JSON.parse(raw) as { state?: { draft?: unknown } }).state?.draft != null
  } catch {
    return false
  }
}

let early: Promise<ClusterKey> | undefined =
  typeof window !== 'undefined' && !isShareFragment(window.location.hash) && !hasAutosavedWork()
    ? generateClusterKey('RS256')
    : undefined
// Unused (the user's work turned up after all) is fine; a failure is the taker's to handle.
early?.catch(() => undefined)

/** The key generated while the page loaded, once; afterwards `undefined` (generate a new one). */
export function takeEarlyKey(): Promise<ClusterKey> | undefined {
  const key = early
  early = undefined
  return key
}
