/**
 * What is still missing, after some pastes, for a verdict about the real cluster, and the command
 * that prints each piece. Names already known (from the token, the ServiceAccount, the role…) are
 * filled in; the rest are `<placeholders>` for the user to replace.
 */
import type { OidcProviderInput } from '../../engine'
import { decodeToken } from '../../engine/jwt'
import { issuerHostPath, partitionFromIssuer } from '../../engine/oidc'
import { parseRoleArn } from '../../engine/sts'
import { parseJsonDocument, parseYamlDocument } from '../../engine/text'
import { ROLE_ARN_ANNOTATION } from '../../engine/webhook'
import type { ScenarioDraft } from '../draft'
import { MOUNTED_TOKEN_PATH, shellQuote } from '../export/shell'
import type { ImportHints } from './types'

export type MissingPieceId =
  | 'token'
  | 'serviceAccount'
  | 'issuer'
  | 'jwks'
  | 'oidcProvider'
  | 'providerClientIds'
  | 'role'
  | 'permissionPolicy'
  | 'pod'

export interface MissingPiece {
  id: MissingPieceId
  /** Not needed for the STS verdict (the API call check, the webhook's view of the pod). */
  optional: boolean
  /** Commands that print it, the first one preferred. */
  commands: string[]
  /** Some commands hold `<placeholders>` to replace. */
  placeholders: boolean
}

type Obj = Record<string, unknown>
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {})
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined)
const has = (v: string | undefined) => v !== undefined && v.trim() !== ''

/** The names the commands need, from whatever has been imported so far. */
export function knownNames(draft: Partial<ScenarioDraft>, hints: ImportHints = {}) {
  const payload = draft.token ? (decodeToken(draft.token).payload ?? {}) : {}
  const k8s = obj(payload['kubernetes.io'])
  const sub = str(payload.sub)?.match(/^system:serviceaccount:([^:]+):([^:]+)$/)
  const sa = draft.serviceAccount
    ? obj(parseYamlDocument(draft.serviceAccount, 'serviceAccount').value)
    : {}
  const pod = draft.pod ? obj(parseYamlDocument(draft.pod, 'pod').value) : {}
  const saMeta = obj(sa.metadata)
  const annotation = str(obj(saMeta.annotations)[ROLE_ARN_ANNOTATION])
  const roleArn = annotation ? parseRoleArn(annotation) : undefined
  const issuer = str(draft.issuer) ?? str(payload.iss)
  const aud = ([] as unknown[]).concat(payload.aud ?? [])
  return {
    namespace:
      str(k8s.namespace) ?? sub?.[1] ?? str(saMeta.namespace) ?? str(obj(pod.metadata).namespace),
    serviceAccount:
      str(obj(k8s.serviceaccount).name) ??
      sub?.[2] ??
      str(saMeta.name) ??
      str(obj(pod.spec).serviceAccountName),
    podName: hints.podName ?? str(obj(k8s.pod).name) ?? str(obj(pod.metadata).name),
    roleName: str(draft.roleName) ?? roleArn?.name,
    accountId: str(draft.accountId) ?? roleArn?.accountId,
    issuer,
    partition: (issuer && partitionFromIssuer(issuer)) || roleArn?.partition || 'aws',
    audience: str(aud.find((a) => typeof a === 'string')) ?? 'sts.amazonaws.com',
    clusterName: hints.clusterName,
    region: hints.region,
  }
}

/** A known value, shell-quoted; else the placeholder as is (it is meant to be replaced). */
const q = (value: string | undefined, placeholder: string) =>
  value === undefined ? placeholder : shellQuote(value)

function providers(text: string | undefined): OidcProviderInput[] | undefined {
  if (!has(text)) return undefined
  const value = parseJsonDocument(text ?? '', 'oidcProvider').value
  return Array.isArray(value) ? (value as OidcProviderInput[]) : undefined
}

/**
 * The pieces a full verdict still needs, in the order STS uses them, each with its command.
 * `draft` holds only what was imported (not the demo scenario's values).
 */
export function missingPieces(
  draft: Partial<ScenarioDraft>,
  hints: ImportHints = {},
): MissingPiece[] {
  const n = knownNames(draft, hints)
  const ns = q(n.namespace, '<namespace>')
  const sa = q(n.serviceAccount, '<service-account>')
  const role = q(n.roleName, '<role-name>')
  const region = n.region ? ` --region ${shellQuote(n.region)}` : ''
  const providerArnFor = (url: string) =>
    `arn:${n.partition}:iam::${n.accountId ?? '<account-id>'}:oidc-provider/${issuerHostPath(url)}`
  const out: MissingPiece[] = []
  const add = (id: MissingPieceId, commands: string[], optional = false) =>
    out.push({ id, optional, commands, placeholders: commands.some((c) => /<[a-z-]+>/.test(c)) })

  if (!has(draft.token))
    add('token', [
      `kubectl create token ${sa} -n ${ns} --audience ${shellQuote(n.audience)}`,
      `kubectl exec ${q(n.podName, '<pod>')} -n ${ns} -- cat ${MOUNTED_TOKEN_PATH}`,
    ])
  if (!has(draft.serviceAccount))
    add('serviceAccount', [`kubectl get serviceaccount ${sa} -n ${ns} -o yaml`])
  if (!has(draft.issuer))
    add('issuer', [
      `aws eks describe-cluster --name ${q(n.clusterName, '<cluster-name>')}${region} --query cluster.identity.oidc.issuer --output text`,
    ])
  if (!has(draft.jwks))
    add('jwks', [`curl -s ${q(n.issuer && `${n.issuer}/keys`, '<issuer>/keys')}`])
  const list = providers(draft.oidcProviders)
  if (!list) {
    add('oidcProvider', [
      `aws iam get-open-id-connect-provider --open-id-connect-provider-arn ${n.issuer ? shellQuote(providerArnFor(n.issuer)) : '<provider-arn>'}`,
      'aws iam list-open-id-connect-providers',
    ])
  } else {
    const bare = list.filter((p) => Array.isArray(p.clientIds) && p.clientIds.length === 0)
    if (bare.length > 0)
      add(
        'providerClientIds',
        bare.map(
          (p) =>
            `aws iam get-open-id-connect-provider --open-id-connect-provider-arn ${shellQuote(providerArnFor(String(p.url)))}`,
        ),
      )
  }
  if (!has(draft.trustPolicy)) add('role', [`aws iam get-role --role-name ${role}`])
  if (!has(draft.permissionPolicy))
    add(
      'permissionPolicy',
      [
        `aws iam list-role-policies --role-name ${role}`,
        `aws iam get-role-policy --role-name ${role} --policy-name <policy-name>`,
        `aws iam list-attached-role-policies --role-name ${role}`,
        'aws iam get-policy-version --policy-arn <policy-arn> --version-id <version-id>',
      ],
      true,
    )
  if (!has(draft.pod))
    add('pod', [`kubectl get pod ${q(n.podName, '<pod>')} -n ${ns} -o yaml`], true)
  return out
}
