/**
 * The commands that build the scenario in a real account and cluster: the IAM OIDC provider, the
 * role with its trust and permission policies, the ServiceAccount annotation (or eksctl, which
 * does both), and the STS call the SDK makes. Every user value is shell-quoted; file contents go
 * in quoted here-documents. What we cannot know (the cluster's name) is a shell variable.
 */
import { issuerHostPath } from '../../engine/oidc'
import type { ScenarioDraft } from '../draft'
import { draftFacts } from './draftFacts'
import { heredoc, shellQuote as q } from './shell'

export type CommandBlockId =
  'oidcProvider' | 'role' | 'rolePolicy' | 'annotate' | 'eksctl' | 'assume'

export interface CommandBlock {
  id: CommandBlockId
  /** A shell script: run as is after setting the placeholders' variables. */
  text: string
  /** Shell variables the user must set first (e.g. CLUSTER_NAME). */
  placeholders: string[]
}

const continued = (parts: string[]) => parts.join(' \\\n  ')

/** Policy file names the scripts write and read. */
export const TRUST_POLICY_FILE = 'trust-policy.json'
export const PERMISSION_POLICY_FILE = 'permission-policy.json'

/** The inline permission policy's name (the draft does not name it). */
export const permissionPolicyName = (roleName: string) => `${roleName}-permissions`

export function exportCommands(draft: ScenarioDraft): CommandBlock[] {
  const f = draftFacts(draft)
  const blocks: CommandBlock[] = []
  const providers = f.providers.map((p) =>
    continued([
      'aws iam create-open-id-connect-provider',
      `--url ${q(`https://${issuerHostPath(p.url)}`)}`,
      `--client-id-list ${(p.clientIds.length ? p.clientIds : ['sts.amazonaws.com']).map(q).join(' ')}`,
      ...(p.thumbprints?.length ? [`--thumbprint-list ${p.thumbprints.map(q).join(' ')}`] : []),
    ]),
  )
  if (providers.length > 0)
    blocks.push({ id: 'oidcProvider', text: providers.join('\n\n'), placeholders: [] })
  blocks.push({
    id: 'role',
    text: [
      heredoc(TRUST_POLICY_FILE, draft.trustPolicy),
      continued([
        'aws iam create-role',
        `--role-name ${q(draft.roleName)}`,
        `--assume-role-policy-document file://${TRUST_POLICY_FILE}`,
        ...(draft.maxSessionDuration !== 3600
          ? [`--max-session-duration ${q(String(draft.maxSessionDuration))}`]
          : []),
      ]),
    ].join('\n'),
    placeholders: [],
  })
  const hasPermissions = draft.permissionPolicy.trim() !== ''
  const policyName = permissionPolicyName(draft.roleName)
  if (hasPermissions)
    blocks.push({
      id: 'rolePolicy',
      text: [
        heredoc(PERMISSION_POLICY_FILE, draft.permissionPolicy),
        continued([
          'aws iam put-role-policy',
          `--role-name ${q(draft.roleName)}`,
          `--policy-name ${q(policyName)}`,
          `--policy-document file://${PERMISSION_POLICY_FILE}`,
        ]),
      ].join('\n'),
      placeholders: [],
    })
  blocks.push({
    id: 'annotate',
    text: `kubectl annotate serviceaccount -n ${q(f.namespace)} ${q(f.serviceAccount)} ${q(`eks.amazonaws.com/role-arn=${f.roleArn}`)} --overwrite`,
    placeholders: [],
  })
  const policyArn = `arn:${f.partition}:iam::${draft.accountId}:policy/${policyName}`
  blocks.push({
    id: 'eksctl',
    text: [
      "CLUSTER_NAME='my-cluster'",
      ...(hasPermissions
        ? [
            continued([
              'aws iam create-policy',
              `--policy-name ${q(policyName)}`,
              `--policy-document file://${PERMISSION_POLICY_FILE}`,
            ]),
          ]
        : []),
      continued([
        'eksctl create iamserviceaccount',
        '--cluster "$CLUSTER_NAME"',
        `--namespace ${q(f.namespace)}`,
        `--name ${q(f.serviceAccount)}`,
        `--role-name ${q(draft.roleName)}`,
        ...(hasPermissions ? [`--attach-policy-arn ${q(policyArn)}`] : []),
        '--override-existing-serviceaccounts',
        '--approve',
      ]),
    ].join('\n'),
    placeholders: ['CLUSTER_NAME'],
  })
  blocks.push({
    id: 'assume',
    text: [
      `kubectl create token ${q(f.serviceAccount)} -n ${q(f.namespace)} --audience ${q(f.audience)} > token`,
      continued([
        'aws sts assume-role-with-web-identity',
        `--role-arn ${q(f.requestRoleArn)}`,
        `--role-session-name ${q(f.roleSessionName ?? 'irsa-lab')}`,
        '--web-identity-token file://token',
        ...(f.durationSeconds !== undefined
          ? [`--duration-seconds ${q(String(f.durationSeconds))}`]
          : []),
      ]),
    ].join('\n'),
    placeholders: [],
  })
  return blocks
}
