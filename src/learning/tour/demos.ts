/**
 * "Show me": each trace-checked task done for the learner, as a patch of the draft (applied
 * through the store's undoable applyChange). Pure; undefined when the draft is not in a shape
 * the demo understands (then the learner does it by hand).
 */
import type { ScenarioDraft } from '../../scenarios/draft'
import { tamperPayload } from '../../scenarios/presets/tamper'

export type TourDemo = (draft: ScenarioDraft) => Partial<ScenarioDraft> | undefined

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const pretty = (v: unknown) => JSON.stringify(v, null, 2)

/** Stop 2, first half: the STS request asks for a two-hour session (the role allows one). */
export const requestTwoHours: TourDemo = (draft) => {
  const request = draft.request.trim() === '' ? {} : parse(draft.request)
  if (!isObject(request)) return undefined
  return { request: pretty({ ...request, durationSeconds: 7200 }) }
}

/** Stop 2: ask for a two-hour session and let the role allow it. */
export const askTwoHours: TourDemo = (draft) => {
  const request = requestTwoHours(draft)
  return request ? { ...request, maxSessionDuration: 7200 } : undefined
}

/** Stop 3: the namespace claim changed without re-signing (what a forger would try). */
export const changeNamespaceClaim: TourDemo = (draft) => {
  try {
    const token = tamperPayload(draft.token, (claims) => {
      const k8s = claims['kubernetes.io']
      if (isObject(k8s)) k8s.namespace = 'kube-system'
      claims.sub = 'system:serviceaccount:kube-system:example-sa'
    })
    return token === draft.token ? undefined : { token }
  } catch {
    return undefined
  }
}

/** Stop 4: the JWKS after a key rotation: the token's kid is no longer published. */
export const rotateKid: TourDemo = (draft) => {
  const jwks = parse(draft.jwks)
  if (!isObject(jwks) || !Array.isArray(jwks.keys)) return undefined
  const keys = jwks.keys.map((key: unknown) =>
    isObject(key) ? { ...key, kid: `rotated-${String(key.kid ?? '')}` } : key,
  )
  return { jwks: pretty({ ...jwks, keys }) }
}

/** Stop 5: the role-arn annotation removed from the ServiceAccount. */
export const removeAnnotation: TourDemo = (draft) => {
  const lines = draft.serviceAccount.split('\n')
  const kept = lines.filter((line) => !line.includes('eks.amazonaws.com/role-arn'))
  if (kept.length === lines.length) return undefined
  // An `annotations:` key left with nothing under it would be null: drop it too.
  const cleaned = kept.filter((line, i) => {
    if (line.trim() !== 'annotations:') return true
    const next = kept[i + 1]
    const indent = (s: string) => s.length - s.trimStart().length
    return next !== undefined && next.trim() !== '' && indent(next) > indent(line)
  })
  return { serviceAccount: cleaned.join('\n') }
}

/** Stop 6: the trust policy's `:sub` names another ServiceAccount. */
export const changeSub: TourDemo = (draft) => {
  const policy = parse(draft.trustPolicy)
  if (!isObject(policy)) return undefined
  let changed = false
  const statements = Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement]
  for (const statement of statements) {
    if (!isObject(statement) || !isObject(statement.Condition)) continue
    for (const block of Object.values(statement.Condition)) {
      if (!isObject(block)) continue
      for (const key of Object.keys(block)) {
        if (!key.toLowerCase().endsWith(':sub')) continue
        block[key] = 'system:serviceaccount:example:other-sa'
        changed = true
      }
    }
  }
  return changed ? { trustPolicy: pretty(policy) } : undefined
}

/** Stop 7: the permission policy without s3:PutObject (read-only). */
export const dropPutObject: TourDemo = (draft) => {
  if (!draft.permissionPolicy.includes('s3:PutObject')) return undefined
  return { permissionPolicy: draft.permissionPolicy.replaceAll('s3:PutObject', 's3:GetObject') }
}
