/**
 * Finding codes of the IAM policy language: grammar errors (`policy.*`), role-trust-policy rules
 * (`trust.*`, as IAM Access Analyzer reports them) and IRSA-specific lint (`trust.oidc.*`,
 * `trust.condition.*`). Severities follow Access Analyzer: error → error, security warning and
 * general warning → warning, suggestion → info.
 *
 * Source: IAM User Guide, "IAM Access Analyzer policy check reference"; shared spec §6.5 and §9.
 */
import { defineFindings, type PlainFindingCode } from '../finding'

/** The IAM finding registry. */
export const IAM_FINDINGS = defineFindings({
  // Document shape
  'policy.not-an-object': { severity: 'error' },
  'policy.element.unknown': { severity: 'error' },
  'policy.element.invalid-type': { severity: 'error' },
  'policy.element.empty': { severity: 'warning' },
  // Version (Access Analyzer: "Missing version" general warning)
  'policy.version.missing': { severity: 'warning' },
  'policy.version.invalid': { severity: 'error' },
  'policy.version.variables-ignored': { severity: 'warning' },
  // Statement
  'policy.statement.missing': { severity: 'error' },
  'policy.statement.invalid': { severity: 'error' },
  'policy.sid.invalid': { severity: 'warning' },
  'policy.sid.duplicate': { severity: 'error' },
  'policy.effect.missing': { severity: 'error' },
  'policy.effect.invalid': { severity: 'error' },
  'policy.action.missing': { severity: 'error' },
  'policy.action.both': { severity: 'error' },
  'policy.action.invalid': { severity: 'error' },
  'policy.resource.missing': { severity: 'error' },
  'policy.resource.both': { severity: 'error' },
  'policy.resource.invalid': { severity: 'error' },
  'policy.principal.both': { severity: 'error' },
  'policy.principal.invalid': { severity: 'error' },
  'policy.principal.unknown-type': { severity: 'error' },
  'policy.principal.not-allowed': { severity: 'error' },
  'policy.principal.partial-wildcard': { severity: 'error' },
  // Condition
  'policy.condition.invalid': { severity: 'error' },
  'policy.condition.unknown-operator': { severity: 'error' },
  'policy.condition.invalid-operator': { severity: 'error' },
  'policy.condition.invalid-key': { severity: 'warning' },
  'policy.condition.invalid-value': { severity: 'error' },
  'policy.condition.empty-values': { severity: 'warning' },
  'policy.condition.variables-not-supported': { severity: 'warning' },
  // Role trust policies (Access Analyzer errors)
  'trust.principal.missing': { severity: 'error' },
  'trust.principal.wildcard': { severity: 'error' },
  'trust.principal.federated-invalid': { severity: 'error' },
  'trust.not-principal': { severity: 'error' },
  'trust.resource': { severity: 'error' },
  'trust.action.mismatch': { severity: 'error' },
  // IRSA lint
  'trust.oidc.missing-condition': { severity: 'warning' },
  'trust.oidc.missing-sub': { severity: 'warning' },
  'trust.oidc.missing-aud': { severity: 'info' },
  'trust.principal.not-oidc-provider': { severity: 'warning' },
  'trust.principal.provider-mismatch': { severity: 'error' },
  'trust.condition.wildcard-without-like': { severity: 'warning', data: ['operator', 'value'] },
  'trust.condition.sub-wildcard-namespaces': { severity: 'warning', data: ['value'] },
  'trust.condition.sub-wildcard-service-accounts': { severity: 'info', data: ['value'] },
  'trust.condition.aud-sub-swapped': {
    severity: 'error',
    variants: { subjectInAud: ['value'], audienceInSub: ['value'] },
  },
  'trust.condition.set-operator-single-valued': { severity: 'warning' },
  'trust.condition.key-prefix-mismatch': { severity: 'error' },
  'trust.condition.unsupported-claim': { severity: 'warning' },
})

/** A code of the IAM registry. */
/** The IAM codes whose findings carry no values (what the validators' reporter takes). */
export type IamFindingCode = PlainFindingCode<typeof IAM_FINDINGS>

/** The two policy sources the IAM module reports into. */
export type PolicySource = 'trustPolicy' | 'permissionPolicy'
