/** The token module's public surface: decode, key IDs, keys, issuing and verifying tokens. */
export { decodeToken, type DecodedToken } from './decode'
export { stripPasted, type PastedToken } from './paste'
export { computeKid } from './kid'
export { generateClusterKey, type ClusterKey } from './keys'
export {
  deriveServiceAccountUid,
  issueServiceAccountToken,
  signClaims,
  TokenRequestError,
  type ServiceAccountTokenInput,
} from './issue'
export { verifySignature, type SignatureCheck } from './signature'
export { JWT_FINDINGS, type JwtFindingCode } from './findings'
export { STS_ACCEPTED_ALGS, isStsAcceptedAlg, type StsAcceptedAlg } from './constants'
