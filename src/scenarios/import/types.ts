/** What `detectPaste` recognises in text pasted from a real cluster, and what it would change. */
import type { OidcProviderInput } from '../../engine'
import type { ScenarioDraft } from '../draft'

/** The tool output a piece of pasted text was recognised as. */
export type DetectionKind =
  | 'token'
  | 'serviceAccount'
  | 'pod'
  | 'role'
  | 'oidcProvider'
  | 'oidcProviderList'
  | 'cluster'
  | 'issuer'
  | 'jwks'
  | 'rolePolicy'
  | 'policyVersion'
  | 'trustPolicy'
  | 'permissionPolicy'
  | 'unknown'
  | 'tooLarge'

/** Something worth saying about a detection (the UI has a sentence per note). */
export type DetectionNote =
  /** The policy document was URL-encoded (as the IAM API returns it) and was decoded. */
  | 'urlDecoded'
  /** Only provider ARNs were listed: the client IDs are unknown until `get-open-id-connect-provider`. */
  | 'clientIdsUnknown'
  /** The pod already exists (status, uid): the webhook does not mutate it again. */
  | 'podExists'
  /** The role has a path other than '/': the scenario models roles at '/'. */
  | 'rolePath'
  /** The token's audience is not sts.amazonaws.com (a default token, webhook not applied?). */
  | 'audienceNotSts'
  /** One item of a Kubernetes List. */
  | 'listItem'
  /** A single JWK was wrapped into a JWKS. */
  | 'singleKey'
  /** The text is not valid JSON / YAML. */
  | 'syntax'

/** One recognised (or not) piece of the paste. */
export interface Detection {
  kind: DetectionKind
  /** The draft fields it fills. Empty for unknown text. */
  patch: Partial<ScenarioDraft>
  /** Named values for the one-line summary (rendered as text only). Every key of the kind is set. */
  facts: Record<string, string>
  notes: DetectionNote[]
  /** IAM OIDC providers found (merged by URL across detections). */
  providers?: OidcProviderInput[]
  /** Values that help name the next commands (e.g. the cluster name), not part of the draft. */
  hints?: ImportHints
}

/** What the paste told us that the draft has no field for. */
export interface ImportHints {
  clusterName?: string
  region?: string
  podName?: string
}
