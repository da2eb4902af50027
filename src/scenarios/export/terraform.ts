/**
 * The scenario as Terraform (AWS provider): the IAM OIDC provider, the trust policy as a
 * `data "aws_iam_policy_document"` with its conditions translated one by one, the role, and the
 * permission policy. A policy that cannot be translated (not JSON, unknown elements) is kept as
 * written in a `jsonencode`-free heredoc, and a warning says so.
 */
import { issuerHostPath, normalizeProviderUrl } from '../../engine/oidc'
import { parseJsonDocument } from '../../engine/text'
import type { ScenarioDraft } from '../draft'
import { permissionPolicyName } from './commands'
import { draftFacts } from './draftFacts'
import { hclAttributes, hclIdentifier, hclList, hclString } from './hcl'
import { refusal, type ExportField, type ExportRefusal, type Use } from './safety'

export type TerraformWarning = 'trustPolicyVerbatim' | 'permissionPolicyVerbatim'

export interface TerraformExport {
  /** The snippet; '' when a value is refused. */
  text: string
  warnings: TerraformWarning[]
  /** Values with characters a reader cannot see (./safety.ts): when any, there is no snippet. */
  refusals: ExportRefusal[]
}

/** The user values of the snippet that hold characters the reader of the snippet cannot see. */
function terraformRefusals(draft: ScenarioDraft, f: ReturnType<typeof draftFacts>) {
  const values: [ExportField, string, Use][] = [
    ['roleName', draft.roleName, 'text'],
    ['trustPolicy', draft.trustPolicy, 'file'],
    ['permissionPolicy', draft.permissionPolicy, 'file'],
    ...f.providers.flatMap((p): [ExportField, string, Use][] => [
      ['providerUrl', p.url, 'text'],
      ...p.clientIds.map((id): [ExportField, string, Use] => ['clientId', id, 'text']),
      ...(p.thumbprints ?? []).map((t): [ExportField, string, Use] => ['thumbprint', t, 'text']),
    ]),
  ]
  const out: ExportRefusal[] = []
  for (const [field, value, use] of values) {
    const r = refusal(field, value, use)
    if (r && !out.some((x) => x.field === field)) out.push(r)
  }
  return out
}

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v)
const list = (v: unknown) => ([] as unknown[]).concat(v ?? [])
const asStrings = (v: unknown) =>
  list(v).map((x) => (typeof x === 'string' ? x : JSON.stringify(x)))

const STATEMENT_KEYS = new Set([
  'Sid',
  'Effect',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Principal',
  'NotPrincipal',
  'Condition',
])

/** References to resources in the snippet, by the literal value they replace. */
type References = Map<string, string>

function principalBlocks(
  name: string,
  value: unknown,
  refs: References,
  pad: string,
): string[] | undefined {
  const block = (type: string, ids: string[]) => [
    `${pad}${name} {`,
    ...hclAttributes(
      [
        ['type', hclString(type)],
        ['identifiers', `[${ids.map((id) => refs.get(id) ?? hclString(id)).join(', ')}]`],
      ],
      `${pad}  `,
    ),
    `${pad}}`,
  ]
  if (value === '*') return block('*', ['*'])
  if (!isObj(value)) return undefined
  return Object.entries(value).flatMap(([type, ids]) => block(type, asStrings(ids)))
}

function conditionBlocks(condition: unknown, pad: string): string[] | undefined {
  if (!isObj(condition)) return undefined
  const out: string[] = []
  for (const [test, keys] of Object.entries(condition)) {
    if (!isObj(keys)) return undefined
    for (const [variable, values] of Object.entries(keys))
      out.push(
        `${pad}condition {`,
        ...hclAttributes(
          [
            ['test', hclString(test)],
            ['variable', hclString(variable)],
            ['values', hclList(asStrings(values))],
          ],
          `${pad}  `,
        ),
        `${pad}}`,
      )
  }
  return out
}

function statementBlock(st: unknown, refs: References): string[] | undefined {
  if (!isObj(st) || Object.keys(st).some((k) => !STATEMENT_KEYS.has(k))) return undefined
  const pad = '    '
  const attrs: [string, string][] = []
  if (typeof st.Sid === 'string') attrs.push(['sid', hclString(st.Sid)])
  if (st.Effect !== 'Allow' && st.Effect !== 'Deny') return undefined
  attrs.push(['effect', hclString(st.Effect)])
  const pairs: [keyof Obj, string][] = [
    ['Action', 'actions'],
    ['NotAction', 'not_actions'],
    ['Resource', 'resources'],
    ['NotResource', 'not_resources'],
  ]
  for (const [key, name] of pairs) if (key in st) attrs.push([name, hclList(asStrings(st[key]))])
  const principals = 'Principal' in st ? principalBlocks('principals', st.Principal, refs, pad) : []
  const notPrincipals =
    'NotPrincipal' in st ? principalBlocks('not_principals', st.NotPrincipal, refs, pad) : []
  const conditions = 'Condition' in st ? conditionBlocks(st.Condition, pad) : []
  if (!principals || !notPrincipals || !conditions) return undefined
  return [
    '  statement {',
    ...hclAttributes(attrs, pad),
    ...principals,
    ...notPrincipals,
    ...conditions,
    '  }',
  ]
}

/** A policy document as `data "aws_iam_policy_document"`; undefined when it does not translate. */
export function policyDocumentData(label: string, text: string, refs: References = new Map()) {
  const doc = parseJsonDocument(text, 'trustPolicy')
  if (!doc.ok || !isObj(doc.value)) return undefined
  const policy = doc.value
  if (Object.keys(policy).some((k) => k !== 'Version' && k !== 'Statement' && k !== 'Id'))
    return undefined
  const statements = list(policy.Statement).map((st) => statementBlock(st, refs))
  if (statements.length === 0 || statements.some((s) => s === undefined)) return undefined
  const head =
    typeof policy.Version === 'string' && policy.Version !== '2012-10-17'
      ? [`  version = ${hclString(policy.Version)}`]
      : []
  return [
    `data "aws_iam_policy_document" "${label}" {`,
    ...head,
    ...statements.flatMap((s, i) => (i > 0 ? ['', ...(s ?? [])] : (s ?? []))),
    '}',
  ].join('\n')
}

/** The policy kept as written, for the cases that do not translate. */
function verbatim(text: string): string {
  const lines = new Set(text.split('\n').map((l) => l.trim()))
  let delimiter = 'EOT'
  for (let i = 1; lines.has(delimiter); i++) delimiter = `EOT_${i}`
  const body = text
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, '%%{')
    .replace(/\n$/, '')
  return `<<-${delimiter}\n${body}\n  ${delimiter}`
}

export function exportTerraform(draft: ScenarioDraft): TerraformExport {
  const f = draftFacts(draft)
  const refusals = terraformRefusals(draft, f)
  if (refusals.length > 0) return { text: '', warnings: [], refusals }
  const warnings: TerraformWarning[] = []
  const role = hclIdentifier(draft.roleName, 'role')
  const refs: References = new Map()
  const parts: string[] = []
  // A role read from the account exists: Terraform (1.5+) adopts it and its providers with
  // `import` blocks (ids: the role's name, the provider's ARN, as the AWS provider imports them)
  // and then plans only the difference, the trust policy (issue #16).
  const existing = draft.existingRole === true
  const adopt = (to: string, id: string) =>
    parts.push(['import {', `  to = ${to}`, `  id = ${hclString(id)}`, '}'].join('\n'))
  if (existing) adopt(`aws_iam_role.${role}`, draft.roleName)
  f.providers.forEach((p, i) => {
    const label = i === 0 ? 'cluster' : `cluster_${i + 1}`
    const arn = `arn:${f.partition}:iam::${draft.accountId}:oidc-provider/${normalizeProviderUrl(p.url)}`
    refs.set(arn, `aws_iam_openid_connect_provider.${label}.arn`)
    if (existing) adopt(`aws_iam_openid_connect_provider.${label}`, arn)
    const attrs: [string, string][] = [
      ['url', hclString(`https://${issuerHostPath(p.url)}`)],
      ['client_id_list', hclList(p.clientIds)],
    ]
    if (p.thumbprints?.length) attrs.push(['thumbprint_list', hclList(p.thumbprints)])
    parts.push(
      [
        `resource "aws_iam_openid_connect_provider" "${label}" {`,
        ...hclAttributes(attrs, '  '),
        '}',
      ].join('\n'),
    )
  })
  const trust = policyDocumentData(`${role}_trust`, draft.trustPolicy, refs)
  if (trust) parts.push(trust)
  else warnings.push('trustPolicyVerbatim')
  parts.push(
    [
      `resource "aws_iam_role" "${role}" {`,
      ...hclAttributes(
        [
          ['name', hclString(draft.roleName)],
          [
            'assume_role_policy',
            trust ? `data.aws_iam_policy_document.${role}_trust.json` : verbatim(draft.trustPolicy),
          ],
          ['max_session_duration', String(draft.maxSessionDuration)],
        ],
        '  ',
      ),
      '}',
    ].join('\n'),
  )
  if (draft.permissionPolicy.trim() !== '') {
    const permissions = policyDocumentData(`${role}_permissions`, draft.permissionPolicy)
    if (permissions) parts.push(permissions)
    else warnings.push('permissionPolicyVerbatim')
    parts.push(
      [
        `resource "aws_iam_role_policy" "${role}" {`,
        ...hclAttributes(
          [
            ['name', hclString(permissionPolicyName(draft.roleName))],
            ['role', `aws_iam_role.${role}.id`],
            [
              'policy',
              permissions
                ? `data.aws_iam_policy_document.${role}_permissions.json`
                : verbatim(draft.permissionPolicy),
            ],
          ],
          '  ',
        ),
        '}',
      ].join('\n'),
    )
  }
  return { text: `${parts.join('\n\n')}\n`, warnings, refusals }
}
