import { describe, expect, it } from 'vitest'
import { admits } from '../../engine'
import { auditAccount, auditRole, providerIndex } from './audit'
import { reportCsv, reportJson } from './exportReport'
import { mergeAccountInputs, readAccountInput } from './input'
import {
  SAMPLE_HOST,
  SAMPLE_PROVIDER_ARN,
  sampleAccountDetails,
  sampleProviders,
  sampleTrustPolicy,
} from './sample'

const role = (i: number) => ({
  arn: `arn:aws:iam::111122223333:role/r${i}`,
  name: `r${i}`,
  trustPolicy: JSON.stringify(sampleTrustPolicy(i)),
  origin: 'test',
})
const providers = providerIndex([{ hostPath: SAMPLE_HOST }])
const codes = (i: number) => auditRole(role(i), providers).findings.map((f) => f.code)

describe('auditRole findings', () => {
  it('a well-scoped role has none', () => expect(codes(0)).toEqual([]))
  it('no :sub condition is high', () => {
    expect(codes(3)).toEqual(['audit.sub.missing'])
    expect(auditRole(role(3), providers).findings[0]!.severity).toBe('high')
  })
  it('a :sub pattern across namespaces is high', () =>
    expect(codes(7)).toEqual(['audit.sub.any-namespace']))
  it('StringEquals with a wildcard is reported (literal comparison)', () =>
    expect(codes(11)).toEqual(['audit.sub.wildcard-equals']))
  it('a namespace-wide StringLike is medium', () =>
    expect(codes(13)).toEqual(['audit.sub.namespace-wide']))
  it('a missing :aud is medium', () => expect(codes(15)).toEqual(['audit.aud.missing']))
  it('a provider not in the account is reported only when the providers are known', () => {
    expect(codes(17)).toEqual(['audit.provider.not-in-account'])
    expect(auditRole(role(17), undefined).findings).toEqual([])
  })
  it('a role that trusts no OIDC provider has an empty access list', () => {
    expect(auditRole(role(19), providers).subjects.entries).toEqual([])
  })
  it('a trust policy near the 2,048-character quota is low, over it medium', () => {
    const big = (n: number) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: SAMPLE_PROVIDER_ARN },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: {
              StringEquals: {
                [`${SAMPLE_HOST}:sub`]: Array.from(
                  { length: n },
                  (_, i) => `system:serviceaccount:ns:sa-${i}`,
                ),
              },
            },
          },
        ],
      })
    const find = (n: number) =>
      auditRole({ ...role(0), trustPolicy: big(n) }, providers)
        .findings.map((f) => f.code)
        .filter((code) => code.startsWith('audit.policy'))
    expect(JSON.stringify(JSON.parse(big(48))).length).toBeGreaterThan(1843)
    expect(find(48)).toEqual(['audit.policy.size-near-limit'])
    expect(find(60)).toEqual(['audit.policy.size-over-limit'])
    expect(find(2)).toEqual([])
  })
  it('an unreadable trust policy is a finding, not a crash', () =>
    expect(
      auditRole({ ...role(0), trustPolicy: '{"Version":' }, providers).findings.map((f) => f.code),
    ).toEqual(['audit.policy.unreadable']))
})

describe('readAccountInput', () => {
  it('reads get-account-authorization-details as the CLI prints it and as the API returns it', () => {
    for (const encoded of [false, true]) {
      const input = readAccountInput(JSON.stringify(sampleAccountDetails(40, encoded)))
      expect(input.problems).toEqual([])
      expect(input.roles).toHaveLength(40)
      expect(JSON.parse(input.roles[0]!.trustPolicy)).toEqual(sampleTrustPolicy(0))
    }
  })

  it('reads list-roles, get-role, providers and a bare trust policy named after its file', () => {
    const listRoles = {
      Roles: [
        {
          RoleName: 'a',
          Arn: 'arn:aws:iam::1:role/a',
          AssumeRolePolicyDocument: sampleTrustPolicy(1),
        },
      ],
    }
    const getRole = {
      Role: {
        RoleName: 'b',
        Arn: 'arn:aws:iam::1:role/b',
        AssumeRolePolicyDocument: sampleTrustPolicy(2),
      },
    }
    const merged = mergeAccountInputs([
      readAccountInput(JSON.stringify(listRoles)),
      readAccountInput(JSON.stringify(getRole)),
      readAccountInput(JSON.stringify(sampleProviders())),
      readAccountInput(JSON.stringify(sampleTrustPolicy(3)), 'policies/ci-deployer.json'),
    ])
    expect(merged.roles.map((r) => r.name)).toEqual(['a', 'b', 'ci-deployer'])
    expect(merged.providers).toEqual([{ hostPath: SAMPLE_HOST, arn: SAMPLE_PROVIDER_ARN }])
  })

  it('reads pages pasted one after the other and warns about a truncated page', () => {
    const page = (from: number) => ({
      ...sampleAccountDetails(2),
      IsTruncated: from === 0,
      Marker: 'x',
    })
    const input = readAccountInput(`${JSON.stringify(page(0))}\n${JSON.stringify(page(2))}`)
    expect(input.roles).toHaveLength(4)
    expect(input.problems.map((p) => p.code)).toEqual(['input.truncated-list'])
  })

  it('gives a clear problem for other JSON, a truncated paste and an empty input', () => {
    const cloudTrail = { eventName: 'CreateBucket', eventSource: 's3.amazonaws.com' }
    expect(readAccountInput(JSON.stringify(cloudTrail)).problems.map((p) => p.code)).toEqual([
      'input.not-recognised',
    ])
    const cut = JSON.stringify(sampleAccountDetails(3), null, 2)
    const truncated = readAccountInput(cut.slice(0, cut.length / 2))
    expect(truncated.problems.map((p) => p.code)).toEqual(['input.invalid-json'])
    expect(truncated.problems[0]!.data.line).toBeGreaterThan(1)
    expect(readAccountInput('  ').problems.map((p) => p.code)).toEqual(['input.empty'])
  })
})

describe('auditAccount', () => {
  const report = auditAccount(
    mergeAccountInputs([
      readAccountInput(JSON.stringify(sampleAccountDetails(200))),
      readAccountInput(JSON.stringify(sampleProviders())),
    ]),
  )

  it('orders risky roles first', () => {
    const risks = report.roles.map((r) => r.risk)
    expect(risks).toEqual([...risks].sort((a, b) => b - a))
    expect(report.roles[0]!.findings[0]!.severity).toBe('high')
  })

  it('prints the JSON contract; each access entry reads as admits() does', () => {
    const json = reportJson(report)
    expect(json.roles).toHaveLength(200)
    const wellScoped = json.roles.find((r) => r.arn.endsWith('payments-role-0000'))!
    expect(wellScoped).toEqual({
      arn: 'arn:aws:iam::111122223333:role/payments-role-0000',
      access: [
        {
          provider: SAMPLE_HOST,
          sub: { match: ['system:serviceaccount:payments:payments-app-0'], except: [] },
          aud: { match: ['sts.amazonaws.com'], except: [] },
        },
      ],
      findings: [],
    })
    const ec2 = json.roles.find((r) => r.arn.endsWith('-0019'))!
    expect(ec2.access).toEqual([])
    const subjects = report.roles.find((r) => r.name.endsWith('-0000'))!.subjects
    expect(
      admits(subjects, {
        principal: SAMPLE_PROVIDER_ARN,
        sub: 'system:serviceaccount:payments:payments-app-0',
        aud: 'sts.amazonaws.com',
      }),
    ).toBe('allow')
  })

  it('exports CSV with one row per role and neutralises formula-like cells', () => {
    const csv = reportCsv(report.roles.slice(0, 3))
    const lines = csv.trimEnd().split('\r\n')
    expect(lines).toHaveLength(4)
    expect(lines[0]).toBe('role,arn,providers,service_accounts,highest,findings')
    const evil = { ...report.roles[0]!, name: '=HYPERLINK("x")' }
    expect(reportCsv([evil]).split('\r\n')[1]!.startsWith(`"'=HYPERLINK(""x"")"`)).toBe(true)
  })
})
