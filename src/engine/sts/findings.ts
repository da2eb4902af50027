import { defineFindings } from '../finding'

/** Finding codes of the STS, SDK and simulation stages. */
export const STS_FINDINGS = defineFindings({
  'sts.request.invalid-parameter': { severity: 'error' },
  'sts.request.invalid-arn': { severity: 'error' },
  'sts.request.duration-exceeds-max': { severity: 'error', data: ['requested', 'max'] },
  'sts.request.role-arn-overridden': { severity: 'info', data: ['request', 'pod'] },
  'sts.role.not-found': { severity: 'error', data: ['account', 'name', 'path'] },
  'sts.role.other-account': { severity: 'warning' },
  'sts.provider.not-found': {
    severity: 'error',
    variants: { account: ['account', 'issuer'], otherAccount: ['account', 'listed'] },
  },
  'sts.audience.mismatch': { severity: 'error', data: ['aud'] },
  'sts.claim.missing': { severity: 'error', data: ['claim'] },
  'sts.token.expired': { severity: 'error', data: ['seconds'] },
  /** exp has passed, but by no more than the five-minute clock skew IAM documents. */
  'sts.token.expired-within-skew': { severity: 'warning' },
  /** nbf is ahead, but within the five-minute skew (assumed to apply to nbf too). */
  'sts.token.not-yet-valid-within-skew': { severity: 'warning' },
  /** No iat: assumed accepted (RFC 7519 makes it optional). */
  'sts.token.no-iat': { severity: 'info' },
  'sts.token.not-yet-valid': { severity: 'error' },
  'sts.token.issued-in-future': { severity: 'warning' },
  'sts.token.long-lived': { severity: 'info' },
  /** The trust policy is longer than the ACLSizePerRole quota: IAM refuses to save it. */
  'iam.trust-policy.too-large': { severity: 'error', data: ['size', 'quota'] },
  /** The app assumes the role it already runs as, and the trust policy does not name the role. */
  'call.self-assume-not-trusted': { severity: 'error' },
  /** No web identity: the SDK used the node's instance role from IMDS. */
  'sdk.node-role-fallback': { severity: 'warning' },
  'sts.trust.denied': { severity: 'error', variants: { explicitDeny: [], noAllow: [] } },
  'sdk.no-web-identity': { severity: 'error' },
  'sdk.session-name.default': { severity: 'info', data: ['name'] },
  'token.subject-mismatch': { severity: 'warning', data: ['sub', 'expected'] },
  'pod.existing-not-mutated': { severity: 'error' },
  'token.audience-differs-from-volume': { severity: 'warning', data: ['volume', 'token'] },
  'call.denied': { severity: 'error' },
  'scenario.invalid': { severity: 'error' },
  'engine.internal-error': { severity: 'error' },
})
