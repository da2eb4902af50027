/**
 * Grammar of the Principal element of a role trust policy. Sources: IAM User Guide, "AWS JSON policy
 * elements: Principal" (no partial wildcards; `"*"` means everyone); Access Analyzer checks "Role trust
 * policy unsupported wildcard in principal" and "Invalid federated principal syntax in role trust policy".
 */
import { joinPointer } from '../text/pointer'
import { BUILT_IN_WEB_IDENTITY_PROVIDERS, OIDC_PROVIDER_ARN, SAML_PROVIDER_ARN } from './constants'
import { isRecord } from './parse'
import type { Reporter } from './validate'
import { hasWildcard } from './wildcard'

/** Whether a Federated value is a provider ARN (OIDC or SAML) or a built-in web identity domain. */
export function isValidFederatedPrincipal(value: string): boolean {
  return (
    OIDC_PROVIDER_ARN.test(value) ||
    SAML_PROVIDER_ARN.test(value) ||
    (BUILT_IN_WEB_IDENTITY_PROVIDERS as readonly string[]).includes(value)
  )
}

function checkValue(r: Reporter, type: string, value: string, pointer: string) {
  if (value === '*') {
    r.report(
      'trust.principal.wildcard',
      `A wildcard principal ("*") is not supported in a role trust policy.`,
      pointer,
    )
    return
  }
  if (hasWildcard(value)) {
    r.report(
      'policy.principal.partial-wildcard',
      `Principals cannot hold wildcards: "${value}".`,
      pointer,
    )
    return
  }
  if (type === 'Federated' && !isValidFederatedPrincipal(value)) {
    r.report(
      'trust.principal.federated-invalid',
      `"${value}" is not an OIDC or SAML provider ARN nor a built-in web identity provider.`,
      pointer,
    )
  }
}

/** Validates `Principal` / `NotPrincipal` of a trust policy statement. */
export function validatePrincipal(
  r: Reporter,
  value: unknown,
  pointer: string,
  types: readonly string[],
) {
  if (value === '*') {
    checkValue(r, '*', value, pointer)
    return
  }
  if (!isRecord(value)) {
    r.report(
      'policy.principal.invalid',
      `Principal must be "*" or an object such as {"Federated": "…"}.`,
      pointer,
    )
    return
  }
  if (Object.keys(value).length === 0) {
    r.report('policy.principal.invalid', `Principal is an empty object: it names nobody.`, pointer)
  }
  for (const [type, entry] of Object.entries(value)) {
    const typePointer = joinPointer(pointer, type)
    if (!types.includes(type)) {
      r.report(
        'policy.principal.unknown-type',
        `"${type}" is not a principal type (${types.join(', ')}).`,
        typePointer,
      )
      continue
    }
    if (typeof entry === 'string') {
      checkValue(r, type, entry, typePointer)
    } else if (Array.isArray(entry)) {
      entry.forEach((item, i) => {
        const itemPointer = joinPointer(typePointer, i)
        if (typeof item === 'string') checkValue(r, type, item, itemPointer)
        else r.report('policy.principal.invalid', `Principal values must be strings.`, itemPointer)
      })
    } else {
      r.report(
        'policy.principal.invalid',
        `Principal values must be a string or an array of strings.`,
        typePointer,
      )
    }
  }
}
