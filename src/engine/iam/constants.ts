/**
 * Spellings of the IAM policy grammar. Source: IAM User Guide, "IAM JSON policy elements reference"
 * and "Grammar of the IAM JSON policy language".
 */

/** Valid `Version` values; only 2012-10-17 enables policy variables. */
export const POLICY_VERSIONS = ['2012-10-17', '2008-10-17'] as const
/** The version with policy variables. */
export const VARIABLES_VERSION = '2012-10-17'

/** Top-level elements. */
export const POLICY_ELEMENTS = ['Version', 'Id', 'Statement'] as const

/** Statement elements. */
export const STATEMENT_ELEMENTS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
] as const

/** `Effect` values. */
export const EFFECTS = ['Allow', 'Deny'] as const

/** Principal types in a `Principal` object. */
export const PRINCIPAL_TYPES = ['AWS', 'Federated', 'Service', 'CanonicalUser'] as const

/**
 * Claims STS exposes as `<provider>:<claim>` keys for a generic OIDC provider (IAM User Guide,
 * "Available keys for AWS web identity federation"; shared spec §6.2). Any other claim is absent.
 */
export const OIDC_CLAIM_KEYS = ['sub', 'aud', 'amr', 'azp'] as const

/** OIDC keys that hold one value (set operators on them are a lint warning); `amr` is multivalued. */
export const SINGLE_VALUED_OIDC_CLAIMS = ['sub', 'aud', 'azp'] as const

/** Built-in web identity providers named by domain in `Federated` (IAM User Guide, Principal element). */
export const BUILT_IN_WEB_IDENTITY_PROVIDERS = [
  'accounts.google.com',
  'cognito-identity.amazonaws.com',
  'graph.facebook.com',
  'www.amazon.com',
] as const

/** Actions an OIDC principal may be trusted for (Access Analyzer: "Mismatched action for principal"). */
export const WEB_IDENTITY_ACTIONS = [
  'sts:AssumeRoleWithWebIdentity',
  'sts:TagSession',
  'sts:SetSourceIdentity',
] as const

/** `arn:<partition>:iam::<account>:oidc-provider/<host/path>`. */
export const OIDC_PROVIDER_ARN = /^arn:aws[a-z-]*:iam::\d{12}:oidc-provider\/(.+)$/
/** `arn:<partition>:iam::<account>:saml-provider/<name>`. */
export const SAML_PROVIDER_ARN = /^arn:aws[a-z-]*:iam::\d{12}:saml-provider\/.+$/

/** The prefix EKS gives every ServiceAccount subject (kubernetes pkg/serviceaccount). */
export const SERVICE_ACCOUNT_SUBJECT_PREFIX = 'system:serviceaccount:'

/** `sts:AssumeRoleWithWebIdentity` folded to lower case, for case-insensitive action matching. */
export const ASSUME_ROLE_WITH_WEB_IDENTITY_LOWER = 'sts:assumerolewithwebidentity'
