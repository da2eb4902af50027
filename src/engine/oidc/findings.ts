/**
 * Finding codes of the OIDC module: the issuer URL, the JWKS it serves, key selection by `kid`,
 * and the IAM OIDC identity provider resource (spec §2, §4).
 */
import { defineFindings } from '../finding'

/** The registry of `oidc.*` codes and a typed factory for them. */
export const OIDC_FINDINGS = defineFindings({
  // Issuer URL (spec §2.1: https, no query, no fragment; §4: no port).
  'oidc.issuer.empty': { severity: 'error' },
  'oidc.issuer.not-url': { severity: 'error' },
  'oidc.issuer.not-https': { severity: 'error' },
  'oidc.issuer.query': { severity: 'error' },
  'oidc.issuer.fragment': { severity: 'error' },
  'oidc.issuer.port': { severity: 'error' },
  'oidc.issuer.userinfo': { severity: 'error' },
  /** Legal, but the IAM provider URL must then end in "/" too: matching is exact. */
  'oidc.issuer.trailing-slash': { severity: 'warning' },
  'oidc.issuer.not-eks': { severity: 'info' },
  // JWKS (RFC 7517 §5; EKS layout spec §2.2).
  'oidc.jwks.not-object': { severity: 'error' },
  'oidc.jwks.no-keys': { severity: 'error' },
  'oidc.jwks.empty': { severity: 'error' },
  'oidc.jwks.key-not-object': { severity: 'error' },
  'oidc.jwks.kty-missing': { severity: 'error' },
  'oidc.jwks.kty-unsupported': { severity: 'warning' },
  'oidc.jwks.member-missing': { severity: 'error' },
  'oidc.jwks.member-invalid': { severity: 'error' },
  'oidc.jwks.kid-missing': { severity: 'warning' },
  'oidc.jwks.duplicate-kid': { severity: 'warning' },
  'oidc.jwks.use-not-sig': { severity: 'warning' },
  'oidc.jwks.alg-not-accepted': { severity: 'warning' },
  /** A private key pasted into a public JWKS: anyone can now sign tokens. */
  'oidc.jwks.private-member': { severity: 'warning' },
  // Key selection (selectVerificationKey).
  'oidc.key.empty-jwks': { severity: 'error' },
  'oidc.key.unknown-kid': { severity: 'error', data: ['kid'] },
  'oidc.key.no-kid': { severity: 'info' },
  'oidc.key.empty-kid-match': { severity: 'info' },
  'oidc.key.single-key-no-kid': { severity: 'error' },
  'oidc.key.no-kid-several-keys': { severity: 'error' },
  'oidc.key.kty-mismatch': { severity: 'error' },
  'oidc.key.alg-mismatch': { severity: 'error' },
  'oidc.key.ambiguous-kid': { severity: 'warning' },
  // IAM OIDC identity provider (spec §4; botocore iam service-2.json shapes).
  'oidc.provider.not-object': { severity: 'error' },
  'oidc.provider.url-missing': { severity: 'error' },
  'oidc.provider.url-length': { severity: 'error' },
  'oidc.provider.url-not-https': { severity: 'error' },
  'oidc.provider.url-query': { severity: 'error' },
  'oidc.provider.url-fragment': { severity: 'error' },
  'oidc.provider.url-port': { severity: 'error' },
  'oidc.provider.client-ids-missing': { severity: 'error' },
  'oidc.provider.client-ids-empty': { severity: 'warning' },
  'oidc.provider.client-ids-too-many': { severity: 'error' },
  'oidc.provider.client-id-invalid': { severity: 'error' },
  'oidc.provider.client-id-duplicate': { severity: 'info' },
  'oidc.provider.thumbprints-invalid': { severity: 'error' },
  'oidc.provider.thumbprints-too-many': { severity: 'error' },
  'oidc.provider.thumbprint-invalid': { severity: 'error' },
  'oidc.provider.thumbprints-not-decisive': { severity: 'info' },
})

/** Any `oidc.*` finding code. */
export type OidcFindingCode = keyof typeof OIDC_FINDINGS.definitions
