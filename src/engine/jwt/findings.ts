/**
 * Finding codes of the token module: decoding a compact JWS, its header and claims' shapes, and
 * the signature check. Consumers switch on the code, never on the message (jose's lesson).
 */
import { defineFindings } from '../finding'

/** The registry of `jwt.*` codes and a typed factory for them. */
export const JWT_FINDINGS = defineFindings({
  // Text around the token (pasted from a terminal or an HTTP header).
  'jwt.empty': { severity: 'error' },
  'jwt.whitespace-stripped': { severity: 'info' },
  'jwt.bearer-stripped': { severity: 'info' },
  'jwt.quotes-stripped': { severity: 'info' },
  /** STS caps WebIdentityToken at 20000 characters (spec §5.1). */
  'jwt.too-long': { severity: 'error' },
  // Structure.
  'jwt.segment-count': { severity: 'error' },
  /** Five segments: an encrypted JWE, which STS cannot read. */
  'jwt.jwe': { severity: 'error' },
  'jwt.segment.empty': { severity: 'error' },
  'jwt.segment.base64': { severity: 'error' },
  /** `=` padding: RFC 7515 §2 base64url in a compact JWS has none. */
  'jwt.segment.padding': { severity: 'warning' },
  'jwt.segment.not-utf8': { severity: 'error' },
  'jwt.segment.not-json': { severity: 'error' },
  'jwt.segment.not-object': { severity: 'error' },
  /** RFC 7519 §4: a duplicate claim name makes the JWT invalid or undefined. */
  'jwt.segment.duplicate-member': { severity: 'warning' },
  // Header.
  'jwt.header.alg-missing': { severity: 'error' },
  'jwt.header.alg-invalid': { severity: 'error' },
  'jwt.header.alg-none': { severity: 'error' },
  'jwt.header.alg-not-accepted': { severity: 'error' },
  'jwt.header.kid-invalid': { severity: 'error' },
  'jwt.header.crit': { severity: 'warning' },
  // Claims' shapes (their values are checked by the STS steps).
  'jwt.claim.not-numeric-date': { severity: 'error' },
  /** STS requires integer timestamps (spec §5.1). */
  'jwt.claim.not-integer': { severity: 'error' },
  'jwt.claim.not-string': { severity: 'error' },
  /** A string `aud` is legal (RFC 7519 §4.1.3); kube-apiserver always writes an array (§1.1). */
  'jwt.claim.aud-string': { severity: 'info' },
  'jwt.claim.aud-invalid': { severity: 'error' },
  'jwt.claim.aud-empty': { severity: 'error' },
  // Signature and keys (verifySignature's codes).
  'jwt.signature.missing': { severity: 'error' },
  'jwt.signature.invalid': { severity: 'error' },
  'jwt.signature.alg-not-allowed': { severity: 'error' },
  'jwt.signature.malformed': { severity: 'error' },
  'jwt.signature.error': { severity: 'error' },
  'jwt.key.invalid': { severity: 'error' },
  'jwt.key.unusable': { severity: 'error' },
  'jwt.key.unsupported': { severity: 'error' },
  'jwt.key.type-mismatch': { severity: 'error' },
  /** The JWK's `alg` names another algorithm than the token's (RFC 7517 §4.4). */
  'jwt.key.alg-mismatch': { severity: 'error' },
  /** The JWK's `use` is not "sig" (RFC 7517 §4.2). */
  'jwt.key.not-for-signing': { severity: 'error' },
})

/** Any `jwt.*` finding code. */
export type JwtFindingCode = keyof typeof JWT_FINDINGS.definitions
