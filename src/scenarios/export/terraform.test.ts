import { describe, expect, it } from 'vitest'
import * as s from '../import/testing/samples'
import { hclIdentifier, hclString } from './hcl'
import { exportTerraform, policyDocumentData } from './terraform'
import { sampleDraft } from './testing'

describe(hclString, () => {
  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['a\\b', '"a\\\\b"'],
    ['${aws:username}', '"$${aws:username}"'],
    ['%{if}', '"%%{if}"'],
    ['two\nlines\t', '"two\\nlines\\t"'],
    ['\u0001', '"\\u0001"'],
  ])('%j → %s', (value, hcl) => expect(hclString(value)).toBe(hcl))

  it('labels are valid identifiers', () => {
    expect(hclIdentifier('photo-uploader')).toBe('photo-uploader')
    expect(hclIdentifier('role.v2@x')).toBe('role_v2_x')
    expect(hclIdentifier('1st')).toBe('_1st')
    expect(hclIdentifier('')).toBe('this')
  })
})

describe(exportTerraform, () => {
  const { text, warnings } = exportTerraform(sampleDraft({ maxSessionDuration: 7200 }))

  it('declares the provider, the trust policy document, the role and its policy', () => {
    expect(warnings).toEqual([])
    expect(text).toContain('resource "aws_iam_openid_connect_provider" "cluster" {')
    expect(text).toContain(`  url             = "${s.ISSUER}"`)
    expect(text).toContain('  client_id_list  = ["sts.amazonaws.com"]')
    expect(text).toContain('data "aws_iam_policy_document" "photo-uploader_trust" {')
    expect(text).toContain('resource "aws_iam_role" "photo-uploader" {')
    expect(text).toContain(
      '  assume_role_policy   = data.aws_iam_policy_document.photo-uploader_trust.json',
    )
    expect(text).toContain('  max_session_duration = 7200')
    expect(text).toContain('  role   = aws_iam_role.photo-uploader.id')
  })

  it('translates each condition, and the provider ARN into a reference', () => {
    expect(text).toContain(
      [
        '    condition {',
        '      test     = "StringEquals"',
        `      variable = "${s.HOST_PATH}:sub"`,
        '      values   = ["system:serviceaccount:photos:uploader"]',
        '    }',
      ].join('\n'),
    )
    expect(text).toContain(`      variable = "${s.HOST_PATH}:aud"`)
    expect(text).toContain(
      '      type        = "Federated"\n      identifiers = [aws_iam_openid_connect_provider.cluster.arn]',
    )
    expect(text).toContain('    actions = ["sts:AssumeRoleWithWebIdentity"]')
  })

  it('StringLike with several values, Deny, NotAction and a wildcard principal', () => {
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'arn:aws:iam::1:oidc-provider/x' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringLike: { 'x:sub': ['system:serviceaccount:a:*', 'system:serviceaccount:b:*'] },
          },
        },
        { Effect: 'Deny', Principal: '*', NotAction: ['s3:*'] },
      ],
    })
    const data = policyDocumentData('t', policy) ?? ''
    expect(data).toContain('      test     = "StringLike"')
    expect(data).toContain(
      '      values   = ["system:serviceaccount:a:*", "system:serviceaccount:b:*"]',
    )
    expect(data).toContain('    effect      = "Deny"\n    not_actions = ["s3:*"]')
    expect(data).toContain('      type        = "*"\n      identifiers = ["*"]')
  })

  it('keeps a policy it cannot translate as written, escaped, and says so', () => {
    const { text: kept, warnings: said } = exportTerraform(
      sampleDraft({ trustPolicy: '{ "Statement": [ { "Effect": "Allow", "Weird": "${x}" } ] }' }),
    )
    expect(said).toEqual(['trustPolicyVerbatim'])
    expect(kept).toContain(
      'assume_role_policy   = <<-EOT\n{ "Statement": [ { "Effect": "Allow", "Weird": "$${x}" } ] }\n  EOT',
    )
    expect(exportTerraform(sampleDraft({ permissionPolicy: 'not json' })).warnings).toEqual([
      'permissionPolicyVerbatim',
    ])
  })

  it('without a permission policy, no role policy', () => {
    expect(exportTerraform(sampleDraft({ permissionPolicy: '' })).text).not.toContain(
      'aws_iam_role_policy',
    )
  })

  it('a role that exists is adopted with import blocks (role name, provider ARN), not created anew', () => {
    const { text } = exportTerraform(sampleDraft({ existingRole: true }))
    expect(text).toContain(
      'import {\n  to = aws_iam_role.photo-uploader\n  id = "photo-uploader"\n}',
    )
    expect(text).toContain(
      `import {\n  to = aws_iam_openid_connect_provider.cluster\n  id = "${s.PROVIDER_ARN}"\n}`,
    )
    expect(exportTerraform(sampleDraft()).text).not.toContain('import {')
  })
})
