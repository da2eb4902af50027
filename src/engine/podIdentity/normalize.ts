/**
 * Pod Identity scenarios arrive from editors and share links: anything may be missing or of the
 * wrong type. As simulate/normalize.ts does for IRSA, this fills in empty values and says so.
 */
import { normalizeScenario } from '../simulate/normalize'
import type { Finding, SourceId } from '../types'
import { POD_IDENTITY_FINDINGS } from './findings'
import type { PodIdentityAssociation, PodIdentityScenario } from './types'

type Loose = Record<string, unknown>
const isObject = (v: unknown): v is Loose =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const isString = (v: unknown): v is string => typeof v === 'string'

/** A well-typed scenario and what had to be repaired. */
export function normalizePodIdentityScenario(raw: unknown): {
  scenario: PodIdentityScenario
  findings: Finding[]
} {
  const findings: Finding[] = []
  const problem = (source: SourceId, pointer: string, message: string) =>
    findings.push(
      POD_IDENTITY_FINDINGS.make('podidentity.scenario.invalid', message, source, { pointer }),
    )
  const input = isObject(raw) ? raw : {}
  const cluster = isObject(input.cluster) ? input.cluster : {}
  const aws = isObject(input.aws) ? input.aws : {}
  // The shared fields have the IRSA scenario's shape: reuse its normaliser (and its findings).
  const base = normalizeScenario({ ...input, aws: { ...aws, oidcProviders: [] } })
  findings.push(...base.findings)
  const name = isString(cluster.name) ? cluster.name : ''
  const arn = isString(cluster.arn) ? cluster.arn : ''
  if (name === '') problem('request', '/cluster/name', 'The cluster name is missing.')
  if (arn === '') problem('request', '/cluster/arn', 'The cluster ARN is missing.')
  const associations: PodIdentityAssociation[] = []
  if (!Array.isArray(input.associations))
    problem('request', '/associations', 'No associations list.')
  else {
    input.associations.forEach((a: unknown, i) => {
      if (!isObject(a)) return problem('request', `/associations/${i}`, 'Not an object.')
      const association: PodIdentityAssociation = {
        clusterName: isString(a.clusterName) ? a.clusterName : '',
        namespace: isString(a.namespace) ? a.namespace : '',
        serviceAccount: isString(a.serviceAccount) ? a.serviceAccount : '',
        roleArn: isString(a.roleArn) ? a.roleArn : '',
      }
      if (isString(a.targetRoleArn)) association.targetRoleArn = a.targetRoleArn
      if (typeof a.disableSessionTags === 'boolean')
        association.disableSessionTags = a.disableSessionTags
      if (isString(a.associationId)) association.associationId = a.associationId
      associations.push(association)
    })
  }
  const { scenario: s } = base
  const scenario: PodIdentityScenario = {
    version: 1,
    cluster: { name, arn, issuer: s.cluster.issuer, jwks: s.cluster.jwks },
    serviceAccount: s.serviceAccount,
    token: s.token,
    aws: { accountId: s.aws.accountId, roles: s.aws.roles },
    associations,
  }
  if (s.now !== undefined) scenario.now = s.now
  if (s.pod !== undefined) scenario.pod = s.pod
  if (s.aws.partition !== undefined) scenario.aws.partition = s.aws.partition
  if (s.aws.region !== undefined) scenario.aws.region = s.aws.region
  if (s.call !== undefined) scenario.call = s.call
  return { scenario, findings }
}
