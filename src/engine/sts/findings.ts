import { defineFindings } from '../finding'

/** Finding codes of the STS, SDK and simulation stages. */
export const STS_FINDINGS = defineFindings({
  'sts.request.invalid-parameter': { severity: 'error' },
  'sts.request.invalid-arn': { severity: 'error' },
  'sts.request.duration-exceeds-max': { severity: 'error' },
  'sts.request.role-arn-overridden': { severity: 'info' },
  'sts.role.not-found': { severity: 'error' },
  'sts.role.other-account': { severity: 'warning' },
  'sts.provider.not-found': { severity: 'error' },
  'sts.audience.mismatch': { severity: 'error' },
  'sts.claim.missing': { severity: 'error' },
  'sts.token.expired': { severity: 'error' },
  'sts.token.not-yet-valid': { severity: 'error' },
  'sts.token.issued-in-future': { severity: 'warning' },
  'sts.token.long-lived': { severity: 'info' },
  'sts.trust.denied': { severity: 'error' },
  'sdk.no-web-identity': { severity: 'error' },
  'sdk.session-name.default': { severity: 'info' },
  'token.subject-mismatch': { severity: 'warning' },
  'pod.existing-not-mutated': { severity: 'error' },
  'token.audience-differs-from-volume': { severity: 'warning' },
  'call.denied': { severity: 'error' },
  'scenario.invalid': { severity: 'error' },
  'engine.internal-error': { severity: 'error' },
})
