/** The names every exporter needs, read from a draft with the engine's never-throw parsers. */
import type { OidcProviderInput } from '../../engine'
import { decodeToken } from '../../engine/jwt'
import { partitionFromIssuer, regionFromIssuer } from '../../engine/oidc'
import { parseJsonDocument, parseYamlDocument } from '../../engine/text'
import { ROLE_ARN_ANNOTATION } from '../../engine/webhook'
import type { ScenarioDraft } from '../draft'

type Obj = Record<string, unknown>
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {})
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined)

export interface DraftFacts {
  namespace: string
  serviceAccount: string
  partition: string
  /** The cluster's region, from an EKS issuer (outside aws, the CLI needs it to reach the partition's STS). */
  region?: string
  /** The role the scenario defines: arn:<partition>:iam::<account>:role/<name>. */
  roleArn: string
  /** The role ARN STS is asked for: the request's, else the annotation's, else the role's. */
  requestRoleArn: string
  roleSessionName?: string
  durationSeconds?: number
  /** The audience the token is requested for: the token's, else sts.amazonaws.com. */
  audience: string
  providers: OidcProviderInput[]
}

export function draftFacts(draft: ScenarioDraft): DraftFacts {
  const sa = obj(obj(parseYamlDocument(draft.serviceAccount, 'serviceAccount').value).metadata)
  const payload = decodeToken(draft.token).payload ?? {}
  const sub = str(payload.sub)?.match(/^system:serviceaccount:([^:]+):([^:]+)$/)
  const partition = partitionFromIssuer(draft.issuer) ?? 'aws'
  const roleArn = `arn:${partition}:iam::${draft.accountId}:role/${draft.roleName}`
  const request = draft.request.trim() ? obj(parseJsonDocument(draft.request, 'request').value) : {}
  const providers = parseJsonDocument(draft.oidcProviders, 'oidcProvider').value
  const duration = request.durationSeconds
  const aud = ([] as unknown[]).concat(payload.aud ?? []).find((a) => typeof a === 'string')
  return {
    namespace: str(sa.namespace) ?? sub?.[1] ?? 'default',
    serviceAccount: str(sa.name) ?? sub?.[2] ?? 'default',
    partition,
    ...(regionFromIssuer(draft.issuer) ? { region: regionFromIssuer(draft.issuer) } : {}),
    roleArn,
    requestRoleArn:
      str(request.roleArn) ?? str(obj(sa.annotations)[ROLE_ARN_ANNOTATION]) ?? roleArn,
    roleSessionName: str(request.roleSessionName),
    durationSeconds:
      typeof duration === 'number' && Number.isFinite(duration) ? duration : undefined,
    audience: str(aud) ?? 'sts.amazonaws.com',
    // Whatever the providers' JSON holds: strings only (a missing or mistyped list is empty).
    providers: (Array.isArray(providers) ? providers : []).flatMap((p): OidcProviderInput[] => {
      const { url, clientIds, thumbprints } = obj(p)
      if (typeof url !== 'string') return []
      const strings = (v: unknown) =>
        Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
      return [
        {
          url,
          clientIds: strings(clientIds),
          ...(thumbprints !== undefined ? { thumbprints: strings(thumbprints) } : {}),
        },
      ]
    }),
  }
}
