/**
 * The set of web identities a trust policy admits, as data (see `subjectSet`). Patterns are in IAM
 * `StringLike` syntax (`*`, `?`, escapes `${*}` `${?}` `${$}`), so a `StringEquals` value and a
 * `StringLike` pattern are written the same way.
 */

/** The values of one claim (`sub` or `aud`) an entry admits. */
export interface PatternSet {
  /** The value matches at least one of these (`['*']`: any value). */
  match: string[]
  /** …and none of these. */
  except: string[]
  /**
   * …and at least one pattern of every further group (several positive conditions on one key that
   * could not be folded into `match`, e.g. two `StringLike` blocks on `:sub`). Absent when none.
   */
  alsoMatch?: string[][]
}

/** A condition the entry also needs that is not on `:sub`/`:aud` (or not analysable exactly). */
export interface AccessRequirement {
  /** 'condition': this condition must hold too; 'unless-denied': this Deny statement must not apply. */
  kind: 'condition' | 'unless-denied'
  /** Pointer to the condition key, or to the Deny statement. */
  pointer: string
  operator?: string
  key?: string
  values?: unknown[]
}

/** One way in: a token from `provider` whose claims sit in both sets (and `requires` holds). */
export interface AccessEntry {
  /** The `Federated` principal as written (an OIDC provider ARN), or '*' for `"Principal": "*"`. */
  principal: string
  /** The condition-key prefix: the provider's host/path ('*' with `otherThan`: any other provider). */
  provider: string
  /** With provider '*': the providers this entry does not cover (they have entries of their own). */
  otherThan?: string[]
  sub: PatternSet
  aud: PatternSet
  /** Present only when something beyond `sub`/`aud` decides. */
  requires?: AccessRequirement[]
  /** Pointer of the Allow statement this entry comes from. */
  statement: string
}

/** Everything a trust policy admits through `sts:AssumeRoleWithWebIdentity`. */
export interface SubjectSet {
  /** The `Federated` principals the policy names (their identities use only their own entries). */
  principals: string[]
  entries: AccessEntry[]
  /** True when the Deny expansion was cut at the entry cap (the set shown is then a superset). */
  truncated?: boolean
}

/** A web identity presented to STS. */
export interface WebIdentity {
  /** The provider ARN (the request's `Federated` principal). */
  principal: string
  sub: string
  aud: string
}

/** 'allow': some entry admits it; 'conditional': only an entry with `requires`; 'deny': none. */
export type AdmitResult = 'allow' | 'conditional' | 'deny'

/** One example of a difference between two versions of a trust policy. */
export interface SubjectChange {
  principal: string
  provider: string
  /** The entry's patterns that admit the example (in the version that admits it). */
  subPatterns: string[]
  audPatterns: string[]
  /** A concrete identity admitted by one version only. */
  example: { sub: string; aud: string }
}

/** What an edit changes: identities the new version admits that the old did not, and the reverse. */
export interface SubjectDiff {
  added: SubjectChange[]
  removed: SubjectChange[]
}
