/**
 * The commands that build the scenario in a real account and cluster: the IAM OIDC provider, the
 * role with its trust and permission policies, the ServiceAccount annotation (or eksctl, which
 * does both), and the STS call the SDK makes. Every user value is shell-quoted and bound to its
 * option (`--name=value`) or after `--`, never where an option may start; a value that would still
 * be unsafe is refused and its block not emitted (./safety.ts). File contents go in quoted
 * here-documents. What we cannot know (the cluster's name) is a shell variable.
 */
import { issuerHostPath } from '../../engine/oidc'
import type { ScenarioDraft } from '../draft'
import { draftFacts } from './draftFacts'
import { Checked, refusal, type ExportRefusal } from './safety'
import { heredoc } from './shell'

export type CommandBlockId =
  'oidcProvider' | 'role' | 'rolePolicy' | 'annotate' | 'eksctl' | 'assume'

export interface CommandBlock {
  id: CommandBlockId
  /** A shell script: run as is after setting the placeholders' variables ('' when refused). */
  text: string
  /** Shell variables the user must set first (e.g. CLUSTER_NAME). */
  placeholders: string[]
  /** Values this block would print that are unsafe: when any, the block has no text. */
  refusals: ExportRefusal[]
}

const continued = (parts: string[]) => parts.join(' \\\n  ')

/** Policy file names the scripts write and read. */
export const TRUST_POLICY_FILE = 'trust-policy.json'
export const PERMISSION_POLICY_FILE = 'permission-policy.json'

/** The inline permission policy's name (the draft does not name it). */
export const permissionPolicyName = (roleName: string) => `${roleName}-permissions`

/** A block from what its values allowed: the text, or nothing and the refusals. */
function block(
  id: CommandBlockId,
  c: Checked,
  text: string,
  placeholders: string[] = [],
): CommandBlock {
  return c.refusals.length > 0
    ? { id, text: '', placeholders: [], refusals: c.refusals }
    : { id, text, placeholders, refusals: [] }
}

/** A policy written to a file: refused when it holds characters the reader cannot see. */
function policyFile(
  c: Checked,
  field: 'trustPolicy' | 'permissionPolicy',
  file: string,
  text: string,
) {
  const r = refusal(field, text, 'file')
  if (r) c.refusals.push(r)
  return heredoc(file, text)
}

export function exportCommands(draft: ScenarioDraft): CommandBlock[] {
  const f = draftFacts(draft)
  const blocks: CommandBlock[] = []
  // A role read from the account (get-role, an audit row, evidence) exists, and so do the
  // providers read with it: the trust policy is updated in place, nothing is created (issue #16).
  const existing = draft.existingRole === true
  if (f.providers.length > 0 && !existing) {
    const c = new Checked('aws')
    const text = f.providers
      .map((p) =>
        continued([
          'aws iam create-open-id-connect-provider',
          c.opt('url', 'providerUrl', `https://${issuerHostPath(p.url)}`),
          c.list(
            'client-id-list',
            'clientId',
            p.clientIds.length ? p.clientIds : ['sts.amazonaws.com'],
          ),
          ...(p.thumbprints?.length
            ? [c.list('thumbprint-list', 'thumbprint', p.thumbprints)]
            : []),
        ]),
      )
      .join('\n\n')
    blocks.push(block('oidcProvider', c, text))
  }
  if (existing) {
    // IAM API reference, UpdateAssumeRolePolicy: replaces the role's trust policy (its
    // MaxSessionDuration, permissions and tags stay as they are).
    const c = new Checked('aws')
    const text = [
      policyFile(c, 'trustPolicy', TRUST_POLICY_FILE, draft.trustPolicy),
      continued([
        'aws iam update-assume-role-policy',
        c.opt('role-name', 'roleName', draft.roleName),
        `--policy-document=file://${TRUST_POLICY_FILE}`,
      ]),
    ].join('\n')
    blocks.push(block('role', c, text))
  } else {
    const c = new Checked('aws')
    const text = [
      policyFile(c, 'trustPolicy', TRUST_POLICY_FILE, draft.trustPolicy),
      continued([
        'aws iam create-role',
        c.opt('role-name', 'roleName', draft.roleName),
        `--assume-role-policy-document=file://${TRUST_POLICY_FILE}`,
        ...(draft.maxSessionDuration !== 3600
          ? [`--max-session-duration=${Math.trunc(Number(draft.maxSessionDuration)) || 3600}`]
          : []),
      ]),
    ].join('\n')
    blocks.push(block('role', c, text))
  }
  const hasPermissions = draft.permissionPolicy.trim() !== ''
  const policyName = permissionPolicyName(draft.roleName)
  if (hasPermissions) {
    const c = new Checked('aws')
    const text = [
      policyFile(c, 'permissionPolicy', PERMISSION_POLICY_FILE, draft.permissionPolicy),
      continued([
        'aws iam put-role-policy',
        c.opt('role-name', 'roleName', draft.roleName),
        c.opt('policy-name', 'roleName', policyName),
        `--policy-document=file://${PERMISSION_POLICY_FILE}`,
      ]),
    ].join('\n')
    blocks.push(block('rolePolicy', c, text))
  }
  {
    const c = new Checked('kube')
    c.ok('roleArn', f.roleArn)
    const text = [
      'kubectl annotate serviceaccount',
      c.opt('namespace', 'namespace', f.namespace),
      '--overwrite',
      '--',
      c.arg('serviceAccount', f.serviceAccount),
      c.arg('roleArn', `eks.amazonaws.com/role-arn=${f.roleArn}`),
    ].join(' ')
    blocks.push(block('annotate', c, text))
  }
  {
    const policyArn = `arn:${f.partition}:iam::${draft.accountId}:policy/${policyName}`
    const c = new Checked('kube')
    c.ok('accountId', draft.accountId)
    const text = [
      "CLUSTER_NAME='my-cluster'",
      ...(hasPermissions && !existing
        ? [
            continued([
              'aws iam create-policy',
              c.opt('policy-name', 'roleName', policyName, 'aws'),
              `--policy-document=file://${PERMISSION_POLICY_FILE}`,
            ]),
          ]
        : []),
      continued([
        'eksctl create iamserviceaccount',
        '--cluster="$CLUSTER_NAME"',
        c.opt('namespace', 'namespace', f.namespace),
        c.opt('name', 'serviceAccount', f.serviceAccount),
        // eksctl: --attach-role-arn uses an existing role instead of creating one.
        ...(existing
          ? [c.opt('attach-role-arn', 'roleArn', f.roleArn)]
          : [
              c.opt('role-name', 'roleName', draft.roleName),
              ...(hasPermissions ? [c.opt('attach-policy-arn', 'roleName', policyArn)] : []),
            ]),
        '--override-existing-serviceaccounts',
        '--approve',
      ]),
    ].join('\n')
    blocks.push(block('eksctl', c, text, ['CLUSTER_NAME']))
  }
  {
    const c = new Checked('aws')
    const text = [
      [
        'kubectl create token',
        c.opt('namespace', 'namespace', f.namespace, 'kube'),
        c.opt('audience', 'audience', f.audience, 'kube'),
        '--',
        c.arg('serviceAccount', f.serviceAccount),
        '> token',
      ].join(' '),
      continued([
        'aws sts assume-role-with-web-identity',
        c.opt('role-arn', 'requestRoleArn', f.requestRoleArn),
        c.opt('role-session-name', 'roleSessionName', f.roleSessionName ?? 'irsa-lab'),
        '--web-identity-token=file://token',
        // aws-cn and aws-us-gov: without a region the CLI calls the aws partition's global STS.
        ...(f.partition !== 'aws' && f.region ? [c.opt('region', 'region', f.region)] : []),
        ...(f.durationSeconds !== undefined
          ? [`--duration-seconds=${Math.trunc(f.durationSeconds)}`]
          : []),
      ]),
    ].join('\n')
    blocks.push(block('assume', c, text))
  }
  return blocks
}
