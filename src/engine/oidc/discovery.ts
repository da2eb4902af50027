/**
 * What an EKS issuer serves (spec §2.2): the discovery document at
 * `<issuer>/.well-known/openid-configuration` and the JWKS at `<issuer>/keys`.
 */
import { ASSUMPTION_TEXTS } from '../assumptions'
import { STS_ACCEPTED_ALGS } from '../jwt/constants'

/**
 * The field set below is the template the webhook's SELF_HOSTED_SETUP.md uses and third parties
 * copy from EKS; AWS docs confirm only `issuer` and `jwks_uri` verbatim (spec §2.2, §10).
 */
export const DISCOVERY_ASSUMPTION = ASSUMPTION_TEXTS.discovery

/** The OpenID Provider metadata an EKS issuer publishes. */
export interface DiscoveryDocument {
  issuer: string
  jwks_uri: string
  authorization_endpoint: string
  response_types_supported: string[]
  subject_types_supported: string[]
  claims_supported: string[]
  id_token_signing_alg_values_supported: string[]
}

/** OIDC Discovery §4: a terminating "/" of the issuer is removed before a path is appended. */
function base(issuer: string): string {
  return issuer.endsWith('/') ? issuer.slice(0, -1) : issuer
}

/** `<issuer>/.well-known/openid-configuration`. */
export function discoveryUrl(issuer: string): string {
  return `${base(issuer)}/.well-known/openid-configuration`
}

/** `<issuer>/keys`: EKS's JWKS path (not kube-apiserver's `/openid/v1/jwks`, spec §2.2). */
export function jwksUri(issuer: string): string {
  return `${base(issuer)}/keys`
}

/**
 * The discovery document for an issuer and its JWKS. The signing algorithms are the sorted
 * distinct `alg` of the keys, as kube-apiserver computes them (pkg/serviceaccount/openidmetadata.go),
 * defaulting to RS256 (what EKS signs with).
 */
export function discoveryDocument(issuer: string, jwks: unknown): DiscoveryDocument {
  const keys =
    jwks && typeof jwks === 'object' && Array.isArray((jwks as { keys?: unknown }).keys)
      ? (jwks as { keys: unknown[] }).keys
      : []
  const algs = new Set<string>()
  for (const key of keys) {
    const alg = key && typeof key === 'object' ? (key as { alg?: unknown }).alg : undefined
    if (typeof alg === 'string' && (STS_ACCEPTED_ALGS as readonly string[]).includes(alg))
      algs.add(alg)
  }
  return {
    issuer,
    jwks_uri: jwksUri(issuer),
    authorization_endpoint: 'urn:kubernetes:programmatic_authorization',
    response_types_supported: ['id_token'],
    subject_types_supported: ['public'],
    claims_supported: ['sub', 'iss'],
    id_token_signing_alg_values_supported: algs.size > 0 ? [...algs].sort() : ['RS256'],
  }
}
