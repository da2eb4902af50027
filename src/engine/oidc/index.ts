/** The OIDC module's public surface: issuer, discovery, JWKS, key selection, IAM provider. */
export {
  isEksIssuer,
  issuerHostPath,
  partitionFromIssuer,
  regionFromIssuer,
  validateIssuerUrl,
  type IssuerLocation,
} from './issuer'
export {
  DISCOVERY_ASSUMPTION,
  discoveryDocument,
  discoveryUrl,
  jwksUri,
  type DiscoveryDocument,
} from './discovery'
export { validateJwks } from './jwks'
export {
  KEY_SELECTION_ASSUMPTION,
  selectVerificationKey,
  type KeySelection,
  type KeySelectionReason,
} from './selectKey'
export {
  findProviderForIssuer,
  lookupProvider,
  normalizeProviderUrl,
  PROVIDER_LIMITS,
  providerArn,
  validateProvider,
  type ProviderLookup,
  type ProviderNearMiss,
} from './provider'
export { OIDC_FINDINGS, type OidcFindingCode } from './findings'
