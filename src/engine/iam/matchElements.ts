/**
 * Principal, Action and Resource matching for one statement.
 *
 * Sources: IAM User Guide — "Action" (case-insensitive, `*`/`?` wildcards), "Resource" (ARN
 * components matched separately, wildcards in any component, variables after the fifth colon),
 * "Principal" (no partial wildcards; an account ID or `…:root` trusts the whole account; arrays ORed),
 * "NotAction", "NotResource", "NotPrincipal".
 */
import type { ElementMatch, PolicyRequest } from '../types'
import { compileArnPattern, matchArn, splitArn } from './conditions/arn'
import type { ListElement, PrincipalElement, PrincipalItem } from './model'
import { ELEMENT_REASONS as E } from './reasons'
import type { RequestContext } from './requestContext'
import { resolveVariables } from './variables'
import { compileGlob, compilePieces, matchGlob } from './wildcard'

function result(
  element: { pointer: string; negated: boolean },
  hit: { pointer: string } | undefined,
  notListed: string,
  excluded: string,
): ElementMatch {
  if (element.negated) {
    return hit
      ? { matched: false, pointer: element.pointer, matchedPointer: hit.pointer, reason: excluded }
      : { matched: true, pointer: element.pointer }
  }
  return hit
    ? { matched: true, pointer: element.pointer, matchedPointer: hit.pointer }
    : { matched: false, pointer: element.pointer, reason: notListed }
}

/** Matches the request action against Action/NotAction. */
export function matchAction(element: ListElement | undefined, action: string): ElementMatch {
  if (!element) return { matched: false, reason: E.missing }
  if (!element.valid) return { matched: false, pointer: element.pointer, reason: E.invalid }
  const folded = action.toLowerCase()
  const hit = element.items.find((item) =>
    matchGlob(item.glob ?? compileGlob(item.value, true), folded),
  )
  return result(element, hit, E.actionNotListed, E.actionExcluded)
}

/** Whether one Resource pattern matches a resource ARN. */
export function matchResourcePattern(
  pattern: string,
  precompiled: ReturnType<typeof compileGlob> | undefined,
  resource: string,
  context: RequestContext,
  variablesEnabled: boolean,
): boolean {
  if (pattern === '*') return true
  const resolved = resolveVariables(pattern, context, variablesEnabled)
  if (!resolved.ok) return false
  const arnPattern = splitArn(resource) ? compileArnPattern(resolved.pieces) : undefined
  if (arnPattern) return matchArn(arnPattern, resource)
  return matchGlob(
    resolved.substituted ? compilePieces(resolved.pieces) : (precompiled ?? compileGlob(pattern)),
    resource,
  )
}

/**
 * Matches the request resource against Resource/NotResource. A request without a resource (a trust
 * policy: the role itself is the resource) matches only "*". An absent element is fine in a trust
 * policy and an error in an identity policy.
 */
export function matchResource(
  element: ListElement | undefined,
  resource: string | undefined,
  context: RequestContext,
  variablesEnabled: boolean,
  required: boolean,
): ElementMatch {
  if (!element) return required ? { matched: false, reason: E.missing } : { matched: 'absent' }
  if (!element.valid) return { matched: false, pointer: element.pointer, reason: E.invalid }
  if (resource === undefined) {
    const star = element.items.find((item) => item.value === '*')
    const match = result(element, star, E.resourceNotInRequest, E.resourceExcluded)
    return match
  }
  const hit = element.items.find((item) =>
    matchResourcePattern(item.value, item.glob, resource, context, variablesEnabled),
  )
  return result(element, hit, E.resourceNotListed, E.resourceExcluded)
}

const ACCOUNT = /^\d{12}$/
const ROOT = /^arn:aws[a-z-]*:iam::(\d{12}):root$/

function principalItemMatches(
  item: PrincipalItem,
  principal: NonNullable<PolicyRequest['principal']>,
): boolean {
  if (item.type === '*') return true
  switch (item.type) {
    case 'Federated':
      return typeof principal.federated === 'string' && item.value === principal.federated
    case 'Service':
      return (
        typeof principal.service === 'string' &&
        item.value.toLowerCase() === principal.service.toLowerCase()
      )
    case 'AWS': {
      if (typeof principal.aws !== 'string') return false
      if (item.value === '*' || item.value === principal.aws) return true
      const account = ACCOUNT.test(item.value) ? item.value : ROOT.exec(item.value)?.[1]
      return account !== undefined && splitArn(principal.aws)?.[4] === account
    }
    default:
      return false
  }
}

/**
 * Matches the request principal against Principal/NotPrincipal (trust policies). Identity policies
 * have no principal element and the result is 'absent'.
 */
export function matchPrincipal(
  element: PrincipalElement | undefined,
  principal: PolicyRequest['principal'],
  trust: boolean,
): ElementMatch {
  if (!trust)
    return element
      ? { matched: false, pointer: element.pointer, reason: E.invalid }
      : { matched: 'absent' }
  if (!element) return { matched: false, reason: E.principalMissing }
  if (element.negated)
    return { matched: false, pointer: element.pointer, reason: E.notPrincipalUnsupported }
  if (!element.valid) return { matched: false, pointer: element.pointer, reason: E.invalid }
  if (!principal || typeof principal !== 'object') {
    return { matched: false, pointer: element.pointer, reason: E.principalNotInRequest }
  }
  const hit = element.items.find((item) => principalItemMatches(item, principal))
  return result(element, hit, E.principalNotListed, E.principalExcluded)
}
