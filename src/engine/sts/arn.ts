/** Role ARNs as STS reads them: arn:<partition>:iam::<12 digits>:role/<path/>name. */

export interface RoleArn {
  partition: string
  accountId: string
  /** '/' or '/a/b/'. */
  path: string
  name: string
}

const PARTITIONS = new Set([
  'aws',
  'aws-cn',
  'aws-us-gov',
  'aws-iso',
  'aws-iso-b',
  'aws-iso-e',
  'aws-iso-f',
])
/** IAM role names: 1–64 of [\w+=,.@-] (IAM API model, RoleNameType). */
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/
const ROLE_PATH_SEGMENT = /^[\w+=,.@-]+$/

/** Parses a role ARN; undefined when STS would answer "Request ARN is invalid". */
export function parseRoleArn(arn: string): RoleArn | undefined {
  const parts = arn.split(':')
  if (parts.length !== 6) return undefined
  const [prefix, partition, service, region, accountId, resource] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
  ]
  if (prefix !== 'arn' || !PARTITIONS.has(partition) || service !== 'iam' || region !== '')
    return undefined
  if (!/^\d{12}$/.test(accountId) || !resource.startsWith('role/')) return undefined
  const segments = resource.slice('role/'.length).split('/')
  const name = segments.pop() ?? ''
  if (!ROLE_NAME.test(name) || !segments.every((s) => ROLE_PATH_SEGMENT.test(s))) return undefined
  return { partition, accountId, path: segments.length ? `/${segments.join('/')}/` : '/', name }
}

/** Builds a role ARN from its parts. */
export function formatRoleArn(role: RoleArn): string {
  return `arn:${role.partition}:iam::${role.accountId}:role${role.path}${role.name}`
}
