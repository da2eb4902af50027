/**
 * Recognises one parsed piece of tool output by its shape (the same shape whether `aws` printed
 * it as JSON or YAML) and turns it into a draft patch and the facts to show.
 */
import type { OidcProviderInput } from '../../engine'
import { decodeToken } from '../../engine/jwt'
import { regionFromIssuer } from '../../engine/oidc'
import { parseRoleArn } from '../../engine/sts'
import { yamlLibrary } from '../../engine/text'
import { ROLE_ARN_ANNOTATION } from '../../engine/webhook'
import type { Detection, DetectionNote } from './types'
import { isTrustPolicy, policyText } from './policyText'

type Obj = Record<string, unknown>

/** What the caller knows about where the value came from. */
export interface ClassifyContext {
  /** The value's text as printed (kept for manifests: the engine reads them as written). */
  text: string
  format: 'json' | 'yaml'
  /** The instant a real token is checked at (the user's clock); absent: the draft's is kept. */
  now?: string
}

const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v)
const str = (v: unknown) => (typeof v === 'string' ? v : undefined)
const obj = (v: unknown): Obj => (isObj(v) ? v : {})
const pretty = (v: unknown) => JSON.stringify(v, null, 2)
const detection = (
  kind: Detection['kind'],
  patch: Detection['patch'],
  facts: Record<string, string | undefined>,
  notes: DetectionNote[] = [],
): Detection => ({
  kind,
  patch,
  facts: Object.fromEntries(Object.entries(facts).map(([k, v]) => [k, v ?? '—'])),
  notes,
})

const JWT = /^[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*$/

/** A compact JWS (after removing what terminals and headers add around it), else undefined. */
export function classifyToken(text: string, now?: string): Detection | undefined {
  const decoded = decodeToken(text)
  if (!JWT.test(decoded.compact) || !decoded.header || typeof decoded.header.alg !== 'string')
    return undefined
  const payload = decoded.payload ?? {}
  const iss = str(payload.iss)
  const aud = ([] as unknown[]).concat(payload.aud ?? []).filter((a) => typeof a === 'string')
  const exp = typeof payload.exp === 'number' && Number.isFinite(payload.exp) ? payload.exp : NaN
  const expires = Number.isFinite(exp) && Math.abs(exp) < 8.64e12 ? new Date(exp * 1000) : undefined
  const patch: Detection['patch'] = { token: decoded.compact }
  // STS looks the provider up by the token's `iss`: the cluster that signed it is its issuer.
  if (iss?.startsWith('https://')) patch.issuer = iss
  if (now) patch.now = now
  return detection(
    'token',
    patch,
    {
      subject: str(payload.sub),
      issuer: iss,
      audience: aud.join(', ') || undefined,
      expires: expires?.toISOString(),
    },
    aud.length > 0 && !aud.includes('sts.amazonaws.com') ? ['audienceNotSts'] : [],
  )
}

/** A bare issuer URL (`describe-cluster --query … --output text`), or the JWKS / discovery URL. */
export function classifyUrl(text: string): Detection | undefined {
  const match = /^"?(https:\/\/[^\s"]+?)\/?"?$/.exec(text.trim())
  if (!match?.[1]) return undefined
  const issuer = match[1].replace(/\/(?:keys|\.well-known\/openid-configuration)$/, '')
  return detection('issuer', { issuer }, { issuer, region: regionFromIssuer(issuer) })
}

const manifestText = (ctx: ClassifyContext, value: unknown, whole: boolean) =>
  whole ? ctx.text : ctx.format === 'json' ? pretty(value) : yamlLibrary().stringify(value)

function classifyManifest(value: Obj, ctx: ClassifyContext, whole: boolean): Detection | undefined {
  const meta = obj(value.metadata)
  const notes: DetectionNote[] = whole ? [] : ['listItem']
  if (value.kind === 'ServiceAccount')
    return detection(
      'serviceAccount',
      { serviceAccount: manifestText(ctx, value, whole) },
      {
        name: str(meta.name),
        namespace: str(meta.namespace),
        roleArn: str(obj(meta.annotations)[ROLE_ARN_ANNOTATION]),
      },
      notes,
    )
  if (value.kind === 'Pod') {
    const spec = obj(value.spec)
    const exists = isObj(value.status) || typeof meta.uid === 'string'
    return {
      ...detection(
        'pod',
        { pod: manifestText(ctx, value, whole) },
        {
          name: str(meta.name),
          namespace: str(meta.namespace),
          serviceAccount: str(spec.serviceAccountName) ?? 'default',
          phase: str(obj(value.status).phase),
        },
        exists ? [...notes, 'podExists'] : notes,
      ),
      hints: { podName: str(meta.name) },
    }
  }
  if (value.kind === 'TokenRequest') {
    const token = str(obj(value.status).token)
    return token ? classifyToken(token, ctx.now) : undefined
  }
  return undefined
}

function classifyRole(role: Obj): Detection {
  const arn = str(role.Arn)
  const parsed = arn ? parseRoleArn(arn) : undefined
  const policy = policyText(role.AssumeRolePolicyDocument)
  const patch: Detection['patch'] = {}
  const name = str(role.RoleName) ?? parsed?.name
  if (name) patch.roleName = name
  if (parsed) patch.accountId = parsed.accountId
  if (typeof role.MaxSessionDuration === 'number')
    patch.maxSessionDuration = role.MaxSessionDuration
  if (policy) patch.trustPolicy = policy.text
  const notes: DetectionNote[] = []
  if (policy?.urlDecoded) notes.push('urlDecoded')
  if (parsed && parsed.path !== '/') notes.push('rolePath')
  return detection(
    'role',
    patch,
    {
      roleName: name,
      arn,
      maxSessionDuration: patch.maxSessionDuration?.toString(),
    },
    notes,
  )
}

function providersDetection(
  kind: 'oidcProvider' | 'oidcProviderList',
  providers: OidcProviderInput[],
  notes: DetectionNote[],
): Detection {
  return {
    ...detection(
      kind,
      {},
      {
        urls: providers.map((p) => p.url).join(', '),
        clientIds: providers.flatMap((p) => p.clientIds).join(', '),
        count: String(providers.length),
      },
      notes,
    ),
    providers,
  }
}

const strings = (v: unknown) =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []

function classifyPolicy(document: unknown, kind: 'rolePolicy' | 'policyVersion', name?: string) {
  const policy = policyText(document)
  if (!policy) return undefined
  return detection(
    kind,
    { permissionPolicy: policy.text },
    { name },
    policy.urlDecoded ? ['urlDecoded'] : [],
  )
}

/** A parsed value of any recognised shape; undefined when none matches. */
export function classifyValue(value: unknown, ctx: ClassifyContext, whole = true): Detection[] {
  if (typeof value === 'string')
    return [
      classifyToken(value, ctx.now) ?? classifyUrl(value) ?? classifyDocumentString(value, ctx),
    ].filter((d): d is Detection => d !== undefined)
  if (!isObj(value)) return []
  if (Array.isArray(value.items) && typeof value.kind === 'string' && value.kind.endsWith('List'))
    return value.items.flatMap((item) => classifyValue(item, ctx, false))
  const manifest = typeof value.kind === 'string' ? classifyManifest(value, ctx, whole) : undefined
  if (manifest) return [manifest]
  const one = classifyObject(value, ctx)
  return one ? [one] : []
}

/** A JSON string holding a document: a URL-encoded policy, as `--output text` prints it. */
function classifyDocumentString(value: string, ctx: ClassifyContext): Detection | undefined {
  const policy = policyText(value)
  if (!policy?.value || !policy.urlDecoded) return undefined
  const [found] = classifyValue(policy.value, { ...ctx, text: policy.text, format: 'json' })
  return found && { ...found, notes: [...found.notes, 'urlDecoded'] }
}

function classifyObject(value: Obj, ctx: ClassifyContext): Detection | undefined {
  if (isObj(value.Role)) return classifyRole(value.Role)
  if (typeof value.RoleName === 'string' && 'AssumeRolePolicyDocument' in value)
    return classifyRole(value)
  if (typeof value.Url === 'string' && Array.isArray(value.ClientIDList)) {
    const thumbprints = strings(value.ThumbprintList)
    return providersDetection(
      'oidcProvider',
      [
        {
          url: value.Url,
          clientIds: strings(value.ClientIDList),
          ...(thumbprints.length ? { thumbprints } : {}),
        },
      ],
      [],
    )
  }
  if (Array.isArray(value.OpenIDConnectProviderList)) {
    const providers = value.OpenIDConnectProviderList.flatMap((p) => {
      const arn = str(obj(p).Arn)
      const url = arn?.split(':oidc-provider/')[1]
      return url ? [{ url, clientIds: [] }] : []
    })
    return providersDetection('oidcProviderList', providers, ['clientIdsUnknown'])
  }
  const cluster = isObj(value.cluster) ? value.cluster : isObj(value.identity) ? value : undefined
  const issuer = str(obj(obj(obj(cluster?.identity ?? value).oidc)).issuer)
  if (issuer) {
    const arn = str(cluster?.arn)
    const region = arn?.split(':')[3] || regionFromIssuer(issuer)
    const name = str(cluster?.name)
    return {
      ...detection('cluster', { issuer }, { name, region, issuer }),
      hints: { clusterName: name, region },
    }
  }
  if (typeof value.issuer === 'string' && typeof value.jwks_uri === 'string')
    return detection(
      'issuer',
      { issuer: value.issuer },
      { issuer: value.issuer, region: regionFromIssuer(value.issuer) },
    )
  if (Array.isArray(value.keys))
    return detection(
      'jwks',
      { jwks: ctx.format === 'json' ? ctx.text : pretty(value) },
      {
        count: String(value.keys.length),
        kids: value.keys.map((k) => str(obj(k).kid) ?? '?').join(', '),
      },
    )
  if (typeof value.kty === 'string')
    return detection(
      'jwks',
      { jwks: pretty({ keys: [value] }) },
      { count: '1', kids: str(value.kid) },
      ['singleKey'],
    )
  if (typeof value.PolicyName === 'string' && 'PolicyDocument' in value)
    return classifyPolicy(value.PolicyDocument, 'rolePolicy', value.PolicyName)
  if (isObj(value.PolicyVersion) && 'Document' in value.PolicyVersion)
    return classifyPolicy(
      value.PolicyVersion.Document,
      'policyVersion',
      str(value.PolicyVersion.VersionId),
    )
  if ('Statement' in value) {
    const text = ctx.format === 'json' ? ctx.text : pretty(value)
    return isTrustPolicy(value)
      ? detection('trustPolicy', { trustPolicy: text }, {})
      : detection('permissionPolicy', { permissionPolicy: text }, {})
  }
  return undefined
}
