/**
 * When each SDK refreshes credentials before they expire (shared/spec §7) and when the kubelet
 * refreshes a projected token (§1.3).
 */

/** SDKs whose refresh behaviour the timeline knows. */
export type SdkName = 'botocore' | 'js-v3' | 'go-v2' | 'java-v2'

/** Seconds before expiry at which an SDK refreshes, and whether the spec confirms it. */
export interface RefreshWindow {
  /** The SDK refreshes this many seconds before the credentials expire. */
  seconds: number
  /** botocore only: the mandatory window (every call blocks on a refresh inside it). */
  mandatorySeconds?: number
  assumption?: string
}

/** Per SDK (spec §7): botocore advisory 15 min / mandatory 10 min; JS v3 5 min; others unconfirmed. */
export const REFRESH_WINDOWS: Readonly<Record<SdkName, RefreshWindow>> = {
  botocore: { seconds: 15 * 60, mandatorySeconds: 10 * 60 },
  'js-v3': { seconds: 5 * 60 },
  'go-v2': {
    seconds: 0,
    assumption:
      'Go v2 aws.CredentialsCache refreshes at Expiration − ExpiryWindow; ExpiryWindow is assumed to be 0 (its zero value): spec §7 leaves it unconfirmed.',
  },
  'java-v2': {
    seconds: 5 * 60,
    assumption:
      'Java v2 is assumed to prefetch 5 minutes before expiry (StsCredentialsProvider default prefetch time): spec §7 leaves it unconfirmed.',
  },
}

/** Kubelet rotation (spec §1.3): refresh when older than 80 % of the TTL or 24 h, whichever is first. */
export function kubeletRefreshAge(ttlSeconds: number): number {
  return Math.min(0.8 * ttlSeconds, 24 * 3600)
}
