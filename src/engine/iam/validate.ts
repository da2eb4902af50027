/**
 * Grammar of the IAM policy language, element by element, with the rules that differ by policy type.
 * Collects every problem as a finding with a JSON pointer; never stops at the first.
 *
 * Sources: IAM User Guide, "IAM JSON policy elements reference", "Grammar of the IAM JSON policy
 * language"; Access Analyzer policy checks ("Role trust policy syntax error notprincipal", "… resource",
 * "Role trust policy unsupported wildcard in principal", "Missing version"); shared spec §6.3.
 */
import { joinPointer } from '../text/pointer'
import type { Finding } from '../types'
import {
  EFFECTS,
  POLICY_ELEMENTS,
  POLICY_VERSIONS,
  PRINCIPAL_TYPES,
  STATEMENT_ELEMENTS,
  VARIABLES_VERSION,
} from './constants'
import { IAM_FINDINGS, type IamFindingCode, type PolicySource } from './findings'
import type { PolicyType } from './model'
import { isRecord, own } from './parse'
import { validatePrincipal } from './validatePrincipal'
import { validateCondition } from './validateCondition'

const ACTION = /^[a-zA-Z0-9-]+:[a-zA-Z0-9*?]+$/
const SID = /^[A-Za-z0-9]*$/

/** A finding collector bound to one source. */
export interface Reporter {
  report(code: IamFindingCode, message: string, pointer: string): void
  findings: Finding[]
  /** The document the findings point into (for findings made with their values). */
  source: PolicySource
}

/** Creates a reporter for `source`. */
export function createReporter(source: PolicySource): Reporter {
  const findings: Finding[] = []
  return {
    findings,
    source,
    report(code, message, pointer) {
      findings.push(IAM_FINDINGS.make(code, message, source, { pointer }))
    },
  }
}

const typeName = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value

function validateStringList(r: Reporter, value: unknown, pointer: string, name: string): string[] {
  if (typeof value === 'string') return [value]
  if (!Array.isArray(value)) {
    r.report(
      'policy.element.invalid-type',
      `${name} must be a string or an array of strings, not ${typeName(value)}.`,
      pointer,
    )
    return []
  }
  if (value.length === 0)
    r.report('policy.element.empty', `${name} is an empty array: it matches nothing.`, pointer)
  const strings: string[] = []
  value.forEach((item, i) => {
    if (typeof item === 'string') strings.push(item)
    else
      r.report(
        'policy.element.invalid-type',
        `${name} entries must be strings, not ${typeName(item)}.`,
        joinPointer(pointer, i),
      )
  })
  return strings
}

function validateActions(r: Reporter, value: unknown, pointer: string, name: string) {
  const check = (item: string, itemPointer: string) => {
    if (item !== '*' && !ACTION.test(item)) {
      r.report(
        'policy.action.invalid',
        `"${item}" is not an action: expected "service:Action" or "*".`,
        itemPointer,
      )
    }
  }
  if (typeof value === 'string') return check(value, pointer)
  validateStringList(r, value, pointer, name)
  if (Array.isArray(value))
    value.forEach((item, i) => typeof item === 'string' && check(item, joinPointer(pointer, i)))
}

function validateResources(r: Reporter, value: unknown, pointer: string, name: string) {
  const check = (item: string, itemPointer: string) => {
    if (item !== '*' && !item.startsWith('arn:')) {
      r.report('policy.resource.invalid', `"${item}" is not an ARN or "*".`, itemPointer)
    }
  }
  if (typeof value === 'string') return check(value, pointer)
  validateStringList(r, value, pointer, name)
  if (Array.isArray(value))
    value.forEach((item, i) => typeof item === 'string' && check(item, joinPointer(pointer, i)))
}

function validateStatement(
  r: Reporter,
  statement: unknown,
  pointer: string,
  type: PolicyType,
  variablesEnabled: boolean,
  sids: Map<string, string>,
  version?: string,
) {
  if (!isRecord(statement)) {
    r.report(
      'policy.statement.invalid',
      `A statement must be an object, not ${typeName(statement)}.`,
      pointer,
    )
    return
  }
  for (const key of Object.keys(statement)) {
    if (!(STATEMENT_ELEMENTS as readonly string[]).includes(key)) {
      r.report(
        'policy.element.unknown',
        `"${key}" is not a statement element.`,
        joinPointer(pointer, key),
      )
    }
  }
  const at = (key: string) => joinPointer(pointer, key)
  const sid = own(statement, 'Sid')
  if (sid !== undefined) {
    if (typeof sid !== 'string')
      r.report('policy.element.invalid-type', `Sid must be a string.`, at('Sid'))
    else {
      if (type === 'identity' && !SID.test(sid)) {
        r.report(
          'policy.sid.invalid',
          `Sid "${sid}" should hold only letters and digits.`,
          at('Sid'),
        )
      }
      if (sid !== '' && sids.has(sid))
        r.report('policy.sid.duplicate', `Sid "${sid}" is used twice.`, at('Sid'))
      sids.set(sid, pointer)
    }
  }
  const effect = own(statement, 'Effect')
  if (effect === undefined)
    r.report('policy.effect.missing', `The statement has no Effect.`, pointer)
  else if (!(EFFECTS as readonly unknown[]).includes(effect)) {
    r.report('policy.effect.invalid', `Effect must be "Allow" or "Deny".`, at('Effect'))
  }

  const action = own(statement, 'Action')
  const notAction = own(statement, 'NotAction')
  if (action === undefined && notAction === undefined) {
    r.report('policy.action.missing', `The statement needs Action or NotAction.`, pointer)
  }
  if (action !== undefined && notAction !== undefined) {
    r.report('policy.action.both', `Use Action or NotAction, not both.`, at('NotAction'))
  }
  if (action !== undefined) validateActions(r, action, at('Action'), 'Action')
  if (notAction !== undefined) validateActions(r, notAction, at('NotAction'), 'NotAction')

  const resource = own(statement, 'Resource')
  const notResource = own(statement, 'NotResource')
  if (type === 'trust') {
    if (resource !== undefined)
      r.report('trust.resource', `A role trust policy takes no Resource.`, at('Resource'))
    if (notResource !== undefined)
      r.report('trust.resource', `A role trust policy takes no NotResource.`, at('NotResource'))
  } else if (resource === undefined && notResource === undefined) {
    r.report('policy.resource.missing', `The statement needs Resource or NotResource.`, pointer)
  }
  if (resource !== undefined && notResource !== undefined) {
    r.report('policy.resource.both', `Use Resource or NotResource, not both.`, at('NotResource'))
  }
  if (resource !== undefined) validateResources(r, resource, at('Resource'), 'Resource')
  if (notResource !== undefined) validateResources(r, notResource, at('NotResource'), 'NotResource')

  const principal = own(statement, 'Principal')
  const notPrincipal = own(statement, 'NotPrincipal')
  if (principal !== undefined && notPrincipal !== undefined) {
    r.report(
      'policy.principal.both',
      `Use Principal or NotPrincipal, not both.`,
      at('NotPrincipal'),
    )
  }
  if (type === 'identity') {
    if (principal !== undefined)
      r.report(
        'policy.principal.not-allowed',
        `An identity policy takes no Principal.`,
        at('Principal'),
      )
    if (notPrincipal !== undefined) {
      r.report(
        'policy.principal.not-allowed',
        `An identity policy takes no NotPrincipal.`,
        at('NotPrincipal'),
      )
    }
  } else {
    if (principal === undefined && notPrincipal === undefined) {
      r.report(
        'trust.principal.missing',
        `A role trust policy statement needs a Principal.`,
        pointer,
      )
    }
    if (notPrincipal !== undefined) {
      r.report(
        'trust.not-principal',
        `NotPrincipal is not supported in a role trust policy.`,
        at('NotPrincipal'),
      )
    }
    if (principal !== undefined) validatePrincipal(r, principal, at('Principal'), PRINCIPAL_TYPES)
    if (notPrincipal !== undefined)
      validatePrincipal(r, notPrincipal, at('NotPrincipal'), PRINCIPAL_TYPES)
  }

  const condition = own(statement, 'Condition')
  if (condition !== undefined)
    validateCondition(r, condition, at('Condition'), variablesEnabled, version)
}

/**
 * Validates a policy value (what `parsePolicy` read) for its type. Returns the grammar findings.
 */
export function validatePolicy(root: unknown, type: PolicyType, source: PolicySource): Finding[] {
  const r = createReporter(source)
  if (root === undefined) return r.findings // the syntax findings already say why
  if (!isRecord(root)) {
    r.report('policy.not-an-object', `A policy is a JSON object, not ${typeName(root)}.`, '')
    return r.findings
  }
  for (const key of Object.keys(root)) {
    if (!(POLICY_ELEMENTS as readonly string[]).includes(key)) {
      r.report('policy.element.unknown', `"${key}" is not a policy element.`, joinPointer('', key))
    }
  }
  const version = own(root, 'Version')
  if (version === undefined) {
    r.report(
      'policy.version.missing',
      `No Version: IAM assumes 2008-10-17, without policy variables.`,
      '',
    )
  } else if (!(POLICY_VERSIONS as readonly unknown[]).includes(version)) {
    r.report('policy.version.invalid', `Version must be "2012-10-17" or "2008-10-17".`, '/Version')
  }
  const id = own(root, 'Id')
  if (id !== undefined && typeof id !== 'string')
    r.report('policy.element.invalid-type', `Id must be a string.`, '/Id')
  const variablesEnabled = version === VARIABLES_VERSION
  const versionText = typeof version === 'string' ? version : undefined
  const statement = own(root, 'Statement')
  const sids = new Map<string, string>()
  if (statement === undefined) {
    r.report('policy.statement.missing', `The policy has no Statement.`, '')
  } else if (Array.isArray(statement)) {
    if (statement.length === 0)
      r.report('policy.element.empty', `Statement is empty: nothing is allowed.`, '/Statement')
    statement.forEach((item, i) =>
      validateStatement(
        r,
        item,
        joinPointer('/Statement', i),
        type,
        variablesEnabled,
        sids,
        versionText,
      ),
    )
  } else if (isRecord(statement)) {
    validateStatement(r, statement, '/Statement', type, variablesEnabled, sids, versionText)
  } else {
    r.report(
      'policy.statement.invalid',
      `Statement must be an object or an array of objects.`,
      '/Statement',
    )
  }
  return r.findings
}
