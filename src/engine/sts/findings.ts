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
  'sts.token.not-yet-valid': { severity: 'error' },
  'sts.token.issued-in-future': { severity: 'warning' },
  'sts.token.long-lived': { severity: 'info' },
  'sts.trust.denied': { severity: 'error', variants: { explicitDeny: [], noAllow: [] } },
  'sdk.no-web-identity': { severity: 'error' },
  'sdk.session-name.default': { severity: 'info', data: ['name'] },
  'token.subject-mismatch': { severity: 'warning', data: ['sub', 'expected'] },
  'pod.existing-not-mutated': { severity: 'error' },
  'token.audience-differs-from-volume': {
    severity: 'warning',
    data: ['volume', 'token'],
  },
  'call.denied': { severity: 'error' },
  'scenario.invalid': { severity: 'error' },
  'engine.internal-error': { severity: 'error' },
})
