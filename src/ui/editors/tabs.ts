/**
 * The editor tabs: which draft field each one edits, which engine source it shows, and how its
 * text is written. The order is the order of the IRSA chain (pod side first, then AWS).
 */
import type { SourceId } from '../../engine'
import type { ScenarioDraft } from '../../scenarios/draft'

/** A tab that holds a Monaco editor over one text field of the draft. */
export interface CodeTab {
  id: SourceId
  kind: 'code'
  source: SourceId
  field:
    | 'token'
    | 'serviceAccount'
    | 'pod'
    | 'oidcProviders'
    | 'jwks'
    | 'trustPolicy'
    | 'permissionPolicy'
    | 'request'
  /** Monaco language id ('jwt' is ours: the three segments coloured as on jwt.io). */
  language: 'jwt' | 'yaml' | 'json'
  /** The Monaco model URI; JSON schemas are matched on it. */
  path: string
}

/** The tab of plain form fields (account, role, issuer, API call). */
export interface FormTab {
  id: 'role'
  kind: 'form'
}

export type EditorTab = CodeTab | FormTab
export type TabId = EditorTab['id']

const model = (name: string) => `inmemory://irsa-lab/${name}`

export const CODE_TABS: readonly CodeTab[] = [
  {
    id: 'token',
    kind: 'code',
    source: 'token',
    field: 'token',
    language: 'jwt',
    path: model('token.jwt'),
  },
  {
    id: 'serviceAccount',
    kind: 'code',
    source: 'serviceAccount',
    field: 'serviceAccount',
    language: 'yaml',
    path: model('service-account.yaml'),
  },
  {
    id: 'pod',
    kind: 'code',
    source: 'pod',
    field: 'pod',
    language: 'yaml',
    path: model('pod.yaml'),
  },
  {
    id: 'oidcProvider',
    kind: 'code',
    source: 'oidcProvider',
    field: 'oidcProviders',
    language: 'json',
    path: model('oidc-providers.json'),
  },
  {
    id: 'jwks',
    kind: 'code',
    source: 'jwks',
    field: 'jwks',
    language: 'json',
    path: model('jwks.json'),
  },
  {
    id: 'trustPolicy',
    kind: 'code',
    source: 'trustPolicy',
    field: 'trustPolicy',
    language: 'json',
    path: model('trust-policy.json'),
  },
  {
    id: 'permissionPolicy',
    kind: 'code',
    source: 'permissionPolicy',
    field: 'permissionPolicy',
    language: 'json',
    path: model('permission-policy.json'),
  },
  {
    id: 'request',
    kind: 'code',
    source: 'request',
    field: 'request',
    language: 'json',
    path: model('sts-request.json'),
  },
]

export const EDITOR_TABS: readonly EditorTab[] = [...CODE_TABS, { id: 'role', kind: 'form' }]

/** The code tab that shows `source`. */
export const tabOfSource = (source: SourceId): CodeTab | undefined =>
  CODE_TABS.find((tab) => tab.source === source)

/** The text a code tab edits. */
export const tabText = (draft: ScenarioDraft, tab: CodeTab): string => draft[tab.field]

/** The id of a tab button, for the panel's aria-labelledby. */
export const tabButtonId = (id: TabId) => `editors-tab-${id}`

/** The one tab panel's id. */
export const PANEL_ID = 'editors-panel'
