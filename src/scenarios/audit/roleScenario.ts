/**
 * An audited role as a scenario: the blog post's cluster and pod, but this role's trust policy,
 * name, account and provider, and a ServiceAccount the role admits (its first subject; for a
 * wildcard pattern, the pattern filled with a name) — so the simulation shows what happens when that
 * service account assumes the role. A role whose provider is not in the account (when the providers
 * were given) reproduces "No OpenIDConnect provider found".
 */
import type { OidcProviderInput, Scenario } from '../../engine'
import { blogScenario, type PresetMaterial } from '../presets/blog'
import type { AuditRole, ProviderInput } from './types'

const SA_PREFIX = 'system:serviceaccount:'
const K8S_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/
const ROLE_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/

/** The literal a pattern stands for, or the pattern with its wildcards filled with `app`. */
function sample(pattern: string): string {
  return pattern.replace(/\$\{([*?$])\}|[*?]/g, (_, escaped?: string) => escaped ?? 'app')
}

/** The namespace and ServiceAccount of a subject; names Kubernetes would refuse become 'app'. */
export function subjectIdentity(sub: string): { namespace: string; serviceAccount: string } {
  if (!sub.startsWith(SA_PREFIX)) return { namespace: 'example', serviceAccount: 'example-sa' }
  const [namespace = '', ...rest] = sub.slice(SA_PREFIX.length).split(':')
  const name = rest.join(':')
  return {
    namespace: K8S_NAME.test(namespace) ? namespace : 'app',
    serviceAccount: K8S_NAME.test(name) ? name : 'app',
  }
}

/** The facts of the scenario to build for a role (pure, tested). */
export function roleScenarioOptions(
  role: AuditRole,
  providers: readonly ProviderInput[] | undefined,
) {
  const entry = role.subjects.entries.find((e) => e.principal !== '*') ?? role.subjects.entries[0]
  const host =
    entry && entry.provider !== '*'
      ? entry.provider
      : 'oidc.eks.ap-northeast-2.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90'
  const issuer = `https://${host}`
  const sub = sample(entry?.sub.match[0] ?? `${SA_PREFIX}example:example-sa`)
  const audience =
    entry && entry.aud.match[0] !== '*' ? sample(entry.aud.match[0]!) : 'sts.amazonaws.com'
  const arn = ROLE_ARN.exec(role.arn)
  const known = providers?.find((p) => p.hostPath.toLowerCase() === host.toLowerCase())
  const oidcProviders: OidcProviderInput[] =
    providers && providers.length > 0 && !known
      ? []
      : [{ url: issuer, clientIds: known?.clientIds ?? [audience], thumbprints: [] }]
  return {
    issuer,
    ...subjectIdentity(sub),
    audience,
    accountId: arn?.[1] ?? '123456789012',
    roleName: arn?.[2] ?? role.name,
    // The scenario models roles at path '/' (a path is dropped from the annotation's ARN).
    roleArn: `arn:aws:iam::${arn?.[1] ?? '123456789012'}:role/${arn?.[2] ?? role.name}`,
    oidcProviders,
  }
}

/** Builds the scenario (signs its token with the given key). */
export async function roleScenario(
  role: AuditRole,
  providers: readonly ProviderInput[] | undefined,
  material: PresetMaterial,
): Promise<Scenario> {
  const o = roleScenarioOptions(role, providers)
  const scenario = await blogScenario(material, {
    issuer: o.issuer,
    namespace: o.namespace,
    serviceAccount: o.serviceAccount,
    audiences: [o.audience],
    trustPolicy: role.trustPolicy,
    roleArnAnnotation: o.roleArn,
    accountId: o.accountId,
    oidcProviders: o.oidcProviders,
  })
  scenario.cluster.issuer = o.issuer
  scenario.aws.roles[0]!.name = o.roleName
  // A role of the audited account exists: exports update its trust policy (issue #16).
  scenario.aws.roles[0]!.existing = true
  return scenario
}
