/**
 * Scenarios arrive from editors, share links and outside tools: anything may be missing or of the
 * wrong type. Like excalidraw's restore(), this fills what is missing with empty values and says
 * what it did, so the stages can rely on the shape and the user learns what was wrong.
 */
import { STS_FINDINGS } from '../sts/findings'
import { notProvidedInputs } from './notProvided'
import type { Finding, OidcProviderInput, RoleInput, Scenario, SourceId } from '../types'

type Loose = Record<string, unknown>

const isObject = (v: unknown): v is Loose =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const isString = (v: unknown): v is string => typeof v === 'string'

export function normalizeScenario(raw: unknown): { scenario: Scenario; findings: Finding[] } {
  const findings: Finding[] = []
  const problem = (source: SourceId, pointer: string, message: string) =>
    findings.push(STS_FINDINGS.make('scenario.invalid', message, source, { pointer }))
  const input = isObject(raw) ? raw : {}
  if (!isObject(raw)) problem('request', '', 'The scenario is not an object.')

  const text = (value: unknown, source: SourceId, what: string): string => {
    if (isString(value)) return value
    problem(source, '', `${what} is missing or not text.`)
    return ''
  }

  const cluster = isObject(input.cluster) ? input.cluster : {}
  const jwks = isObject(cluster.jwks) ? cluster.jwks : {}
  const keys = Array.isArray(jwks.keys) ? jwks.keys.filter(isObject) : []
  if (!Array.isArray(jwks.keys)) problem('jwks', '', 'The JWKS has no "keys" array.')

  const aws = isObject(input.aws) ? input.aws : {}
  const providers: OidcProviderInput[] = (Array.isArray(aws.oidcProviders) ? aws.oidcProviders : [])
    .filter(isObject)
    .map((p) => {
      const provider: OidcProviderInput = {
        url: isString(p.url) ? p.url : '',
        clientIds: Array.isArray(p.clientIds) ? p.clientIds.filter(isString) : [],
      }
      if (Array.isArray(p.thumbprints)) provider.thumbprints = p.thumbprints.filter(isString)
      return provider
    })
  const roles: RoleInput[] = (Array.isArray(aws.roles) ? aws.roles : [])
    .filter(isObject)
    .map((r) => {
      const role: RoleInput = {
        name: isString(r.name) ? r.name : '',
        trustPolicy: isString(r.trustPolicy) ? r.trustPolicy : JSON.stringify(r.trustPolicy ?? ''),
      }
      if (isString(r.path)) role.path = r.path
      if (r.existing === true) role.existing = true
      if (typeof r.maxSessionDuration === 'number') role.maxSessionDuration = r.maxSessionDuration
      if (typeof r.trustPolicySizeQuota === 'number')
        role.trustPolicySizeQuota = r.trustPolicySizeQuota
      if (Array.isArray(r.permissionPolicies))
        role.permissionPolicies = r.permissionPolicies.map((p) =>
          isString(p) ? p : JSON.stringify(p ?? null),
        )
      return role
    })

  const scenario: Scenario = {
    version: 1,
    cluster: { issuer: isString(cluster.issuer) ? cluster.issuer : '', jwks: { keys } },
    serviceAccount: text(input.serviceAccount, 'serviceAccount', 'The ServiceAccount manifest'),
    token: text(input.token, 'token', 'The token'),
    aws: {
      accountId: isString(aws.accountId) ? aws.accountId : '',
      oidcProviders: providers,
      roles,
    },
  }
  if (isString(input.now)) scenario.now = input.now
  const notProvided = notProvidedInputs(input.notProvided)
  if (notProvided.length > 0) scenario.notProvided = notProvided
  if (isString(input.pod)) scenario.pod = input.pod
  if (aws.partition === 'aws' || aws.partition === 'aws-cn' || aws.partition === 'aws-us-gov')
    scenario.aws.partition = aws.partition
  if (isString(aws.region)) scenario.aws.region = aws.region
  if (isObject(input.request)) {
    const r = input.request
    scenario.request = {}
    if (isString(r.roleArn)) scenario.request.roleArn = r.roleArn
    if (isString(r.roleSessionName)) scenario.request.roleSessionName = r.roleSessionName
    if (typeof r.durationSeconds === 'number') scenario.request.durationSeconds = r.durationSeconds
  }
  if (isObject(input.call) && isString(input.call.action) && isString(input.call.resource)) {
    scenario.call = { action: input.call.action, resource: input.call.resource }
    if (isObject(input.call.context)) {
      const context: Record<string, string | string[]> = {}
      for (const [k, v] of Object.entries(input.call.context)) {
        if (isString(v)) context[k] = v
        else if (Array.isArray(v)) context[k] = v.filter(isString)
      }
      scenario.call.context = context
    }
  }
  return { scenario, findings }
}
