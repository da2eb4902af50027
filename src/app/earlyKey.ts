/**
 * The first visit's cluster key (keyPairStart.ts), with its JWKs and key ID. This module is among
 * the entry's first imports, so the key is ready as early as the app's code can make it.
 */
// The key alone, not the jwt face: keys.ts.
// eslint-disable-next-line no-restricted-imports
import { clusterKeyFromPair, type ClusterKey } from '../engine/jwt/keys'
import { startKeyPair } from './keyPairStart'

const pair = startKeyPair()
let early: Promise<ClusterKey> | undefined = pair?.then((started) =>
  clusterKeyFromPair(started, 'RS256'),
)
// Unused (the user's work turned up after all) is fine; a failure is the taker's to handle.
early?.catch(() => undefined)

/** The key generated while the page loaded, once; afterwards `undefined` (generate a new one). */
export function takeEarlyKey(): Promise<ClusterKey> | undefined {
  const key = early
  early = undefined
  return key
}
