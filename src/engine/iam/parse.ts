/**
 * JSON text or value → policy model, keeping every element's JSON pointer. Tolerant: whatever has
 * the wrong shape is skipped here (and reported by `validate.ts`), the rest is still understood.
 */
import { parseJsonDocument } from '../text/document'
import type { Finding } from '../types'
import { joinPointer } from '../text/pointer'
import type { PolicySource } from './findings'
import { VARIABLES_VERSION } from './constants'
import type {
  ConditionEntry,
  ElementItem,
  ListElement,
  ParsedPolicy,
  PolicyStatement,
  PrincipalElement,
  PrincipalItem,
} from './model'
import { hasVariable } from './variables'
import { compileGlob } from './wildcard'

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Own property lookup, so `__proto__` or `constructor` never resolve to Object.prototype members. */
export function own(object: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined
}

/** The strings of a string-or-array element, each with its pointer. Undefined: wrong shape. */
export function stringItems(value: unknown, pointer: string): ElementItem[] | undefined {
  if (typeof value === 'string') return [{ value, pointer }]
  if (!Array.isArray(value)) return undefined
  const items: ElementItem[] = []
  value.forEach((item, i) => {
    if (typeof item === 'string') items.push({ value: item, pointer: joinPointer(pointer, i) })
  })
  return items
}

function listElement(
  statement: Record<string, unknown>,
  pointer: string,
  name: string,
  notName: string,
  compile: (item: ElementItem) => void,
): ListElement | undefined {
  const hasPositive = own(statement, name) !== undefined
  const key = hasPositive ? name : own(statement, notName) !== undefined ? notName : undefined
  if (!key) return undefined
  const elementPointer = joinPointer(pointer, key)
  const items = stringItems(own(statement, key), elementPointer)
  items?.forEach(compile)
  return {
    negated: key === notName,
    pointer: elementPointer,
    valid: items !== undefined,
    items: items ?? [],
  }
}

function principalElement(
  statement: Record<string, unknown>,
  pointer: string,
): PrincipalElement | undefined {
  const key =
    own(statement, 'Principal') !== undefined
      ? 'Principal'
      : own(statement, 'NotPrincipal') !== undefined
        ? 'NotPrincipal'
        : undefined
  if (!key) return undefined
  const elementPointer = joinPointer(pointer, key)
  const value = own(statement, key)
  const element: PrincipalElement = {
    negated: key === 'NotPrincipal',
    pointer: elementPointer,
    valid: true,
    items: [],
  }
  if (value === '*') {
    element.items.push({ type: '*', value: '*', pointer: elementPointer })
  } else if (isRecord(value)) {
    for (const [type, entry] of Object.entries(value)) {
      const items = stringItems(entry, joinPointer(elementPointer, type))
      if (!items) continue
      for (const item of items) element.items.push({ ...item, type } satisfies PrincipalItem)
    }
  } else {
    element.valid = false
  }
  return element
}

function conditionEntries(statement: Record<string, unknown>, pointer: string): ConditionEntry[] {
  const condition = own(statement, 'Condition')
  if (!isRecord(condition)) return []
  const entries: ConditionEntry[] = []
  const conditionPointer = joinPointer(pointer, 'Condition')
  for (const [operator, block] of Object.entries(condition)) {
    if (!isRecord(block)) continue
    const operatorPointer = joinPointer(conditionPointer, operator)
    for (const [key, raw] of Object.entries(block)) {
      entries.push({ operator, key, raw, pointer: joinPointer(operatorPointer, key) })
    }
  }
  return entries
}

function compileAction(item: ElementItem) {
  item.glob = compileGlob(item.value, true)
}

function statementModel(
  raw: Record<string, unknown>,
  index: number,
  pointer: string,
  variablesEnabled: boolean,
): PolicyStatement {
  const effect = own(raw, 'Effect')
  const sid = own(raw, 'Sid')
  const compileResource = (item: ElementItem) => {
    // Resources are matched component by component (see evaluate.ts); only a plain "*" or a value
    // with variables is left for evaluation time.
    if (item.value !== '*' && !(variablesEnabled && hasVariable(item.value))) {
      item.glob = compileGlob(item.value)
    }
  }
  const statement: PolicyStatement = {
    index,
    pointer,
    effect: effect === 'Allow' || effect === 'Deny' ? effect : 'invalid',
    conditions: conditionEntries(raw, pointer),
    raw,
  }
  if (typeof sid === 'string') statement.sid = sid
  const principal = principalElement(raw, pointer)
  if (principal) statement.principal = principal
  const action = listElement(raw, pointer, 'Action', 'NotAction', compileAction)
  if (action) statement.action = action
  const resource = listElement(raw, pointer, 'Resource', 'NotResource', compileResource)
  if (resource) statement.resource = resource
  return statement
}

/**
 * Reads a policy from JSON text or an already-parsed value. Never throws.
 *
 * @example
 * const policy = parsePolicy(trustPolicyText, 'trustPolicy')
 * policy.statements[0]?.conditions[0]?.pointer // '/Statement/0/Condition/StringEquals/…:sub'
 */
export function parsePolicy(input: unknown, source: PolicySource): ParsedPolicy {
  let root: unknown = input
  const syntaxFindings: Finding[] = []
  if (typeof input === 'string') {
    const document = parseJsonDocument(input, source)
    root = document.value
    syntaxFindings.push(...document.findings)
  }
  const policy: ParsedPolicy = {
    source,
    root,
    variablesEnabled: false,
    statements: [],
    syntaxFindings,
  }
  if (!isRecord(root)) return policy
  const version = own(root, 'Version')
  if (typeof version === 'string') policy.version = version
  policy.variablesEnabled = version === VARIABLES_VERSION
  const statement = own(root, 'Statement')
  if (isRecord(statement)) {
    policy.statements.push(statementModel(statement, 0, '/Statement', policy.variablesEnabled))
  } else if (Array.isArray(statement)) {
    statement.forEach((item, i) => {
      if (isRecord(item)) {
        policy.statements.push(
          statementModel(item, i, joinPointer('/Statement', i), policy.variablesEnabled),
        )
      }
    })
  }
  return policy
}
