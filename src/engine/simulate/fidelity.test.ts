/**
 * Issue #13 "Fidelity II", engine behaviour: each row is one edge where STS, IAM or the SDK behave
 * in a way the sources document (cited in the engine's comments) or the engine states as an
 * assumption. Asserts codes, data and pointers only.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { generateClusterKey, signClaims } from '../jwt'
import { simulate } from '../simulate'
import {
  ACCOUNT,
  HOST_PATH,
  ISSUER,
  PROVIDER_ARN,
  baseScenario,
  issueToken,
  serviceAccountYaml,
  type ClusterKey,
} from '../testing/scenarioFixtures'
import type { Scenario, Step, Trace } from '../types'

let key: ClusterKey
let token: string
beforeAll(async () => {
  key = await generateClusterKey('RS256')
  token = await issueToken(key)
})

const IAT = 1795953600 // 2026-11-29T12:00:00Z
const EXP = IAT + 86400
const at = (seconds: number) => new Date(seconds * 1000).toISOString()
const step = (trace: Trace, id: string) => trace.steps.find((s) => s.id === id)
const failed = (trace: Trace) => trace.steps.find((s) => s.status === 'fail')?.id
const codes = (trace: Trace) => trace.findings.map((f) => f.code)

function claims(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    aud: ['sts.amazonaws.com'],
    exp: EXP,
    iat: IAT,
    iss: ISSUER,
    nbf: IAT,
    sub: 'system:serviceaccount:example:example-sa',
    ...extra,
  }
}
const withClaims = async (extra: Record<string, unknown>, scenario = baseScenario(key, token)) => {
  const payload = claims(extra)
  for (const [k, v] of Object.entries(payload)) if (v === undefined) delete payload[k]
  return { ...scenario, token: await signClaims(payload, key) }
}

describe('clock skew (IAM User Guide, OIDC federation: five minutes after exp)', () => {
  it.each([
    { label: 'exp - 1 s', now: EXP - 1, outcome: 'issued', finding: undefined },
    { label: 'exp', now: EXP, outcome: 'issued', finding: 'sts.token.expired-within-skew' },
    {
      label: 'exp + 300 s',
      now: EXP + 300,
      outcome: 'issued',
      finding: 'sts.token.expired-within-skew',
    },
    { label: 'exp + 301 s', now: EXP + 301, outcome: 'denied', finding: 'sts.token.expired' },
  ])('$label', async ({ now, outcome, finding }) => {
    const trace = await simulate({ ...baseScenario(key, token), now: at(now) })
    expect(trace.outcome).toBe(outcome)
    const time = step(trace, 'jwt.time')!
    expect(time.data).toMatchObject({ now, skewSeconds: 300 })
    if (finding) expect(codes(trace)).toContain(finding)
    if (outcome === 'denied') expect(trace.error?.code).toBe('ExpiredTokenException')
  })
})

describe('Provider is the IAM OIDC provider ARN (spec §5.2), in every partition', () => {
  it.each([
    {
      partition: 'aws',
      region: 'ap-northeast-2',
      issuer: ISSUER,
      endpoint: 'https://sts.ap-northeast-2.amazonaws.com',
    },
    {
      partition: 'aws-cn',
      region: 'cn-north-1',
      issuer: 'https://oidc.eks.cn-north-1.amazonaws.com.cn/id/0123456789ABCDEF0123456789ABCDEF',
      endpoint: 'https://sts.cn-north-1.amazonaws.com.cn',
    },
    {
      partition: 'aws-us-gov',
      region: 'us-gov-west-1',
      issuer: 'https://oidc.eks.us-gov-west-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF',
      endpoint: 'https://sts.us-gov-west-1.amazonaws.com',
    },
  ])('$partition', async ({ partition, issuer, endpoint }) => {
    const host = issuer.slice('https://'.length)
    const base = baseScenario(key, token)
    const scenario: Scenario = {
      ...base,
      cluster: { ...base.cluster, issuer },
      serviceAccount: serviceAccountYaml(
        'example-sa',
        'example',
        `arn:${partition}:iam::${ACCOUNT}:role/example-role`,
      ),
      aws: {
        ...base.aws,
        oidcProviders: [{ url: issuer, clientIds: ['sts.amazonaws.com'] }],
        roles: [
          {
            ...base.aws.roles[0]!,
            trustPolicy: base.aws.roles[0]!.trustPolicy.replaceAll(HOST_PATH, host).replace(
              'arn:aws:iam',
              `arn:${partition}:iam`,
            ),
          },
        ],
      },
    }
    const trace = await simulate(await withClaims({ iss: issuer }, scenario))
    expect(trace.outcome).toBe('issued')
    expect(trace.response?.Provider).toBe(`arn:${partition}:iam::${ACCOUNT}:oidc-provider/${host}`)
    expect(trace.response?.AssumedRoleUser.Arn).toMatch(
      new RegExp(`^arn:${partition}:sts::${ACCOUNT}:assumed-role/example-role/`),
    )
    expect(step(trace, 'sts.request')?.data?.endpoint).toBe(endpoint)
    expect(step(trace, 'sts.credentials')?.data?.provider).toBe(trace.response?.Provider)
    expect(step(trace, 'sts.credentials')?.assumptions).toBeUndefined()
  })

  it('the happy path prints the provider ARN', async () => {
    expect((await simulate(baseScenario(key, token))).response?.Provider).toBe(PROVIDER_ARN)
  })
})

describe('issuer → provider → condition keys: trailing slash, case, port, path', () => {
  const SLASH = 'https://idp.example.com/tenant/'
  /** A scenario whose cluster, provider and trust policy use `issuer` and `keyPrefix`. */
  async function custom(opts: {
    iss: string
    cluster?: string
    provider?: string
    keyPrefix: string
    principalHost?: string
  }) {
    const base = baseScenario(key, token)
    const principal = `arn:aws:iam::${ACCOUNT}:oidc-provider/${opts.principalHost ?? (opts.provider ?? opts.iss).replace('https://', '')}`
    const scenario: Scenario = {
      ...base,
      cluster: { ...base.cluster, issuer: opts.cluster ?? opts.iss },
      aws: {
        ...base.aws,
        oidcProviders: [{ url: opts.provider ?? opts.iss, clientIds: ['sts.amazonaws.com'] }],
        roles: [
          {
            ...base.aws.roles[0]!,
            trustPolicy: JSON.stringify({
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Principal: { Federated: principal },
                  Action: 'sts:AssumeRoleWithWebIdentity',
                  Condition: {
                    StringEquals: {
                      [`${opts.keyPrefix}:aud`]: 'sts.amazonaws.com',
                      [`${opts.keyPrefix}:sub`]: 'system:serviceaccount:example:example-sa',
                    },
                  },
                },
              ],
            }),
          },
        ],
      },
    }
    return simulate(await withClaims({ iss: opts.iss }, scenario))
  }

  it.each([
    {
      name: 'slash everywhere: keys keep it (host/path/:sub)',
      opts: { iss: SLASH, keyPrefix: 'idp.example.com/tenant/' },
      outcome: 'issued',
    },
    {
      name: 'slash in the provider, keys written without it',
      opts: { iss: SLASH, keyPrefix: 'idp.example.com/tenant' },
      outcome: 'denied',
      error: 'AccessDenied',
      failedStep: 'trust.statement.0',
    },
    {
      name: 'key names differ only in case (IAM compares key names case-insensitively)',
      opts: { iss: SLASH, keyPrefix: 'IDP.EXAMPLE.COM/tenant/' },
      outcome: 'issued',
    },
    {
      name: 'provider registered without the slash the iss has',
      opts: { iss: SLASH, provider: 'https://idp.example.com/tenant', keyPrefix: 'x' },
      outcome: 'denied',
      error: 'InvalidIdentityToken',
      failedStep: 'iam.provider',
    },
    {
      name: 'provider host in another case (IAM matches the URL exactly)',
      opts: { iss: SLASH, provider: 'https://IDP.example.com/tenant/', keyPrefix: 'x' },
      outcome: 'denied',
      error: 'InvalidIdentityToken',
      failedStep: 'iam.provider',
    },
    {
      name: 'provider path in another case',
      opts: { iss: SLASH, provider: 'https://idp.example.com/Tenant/', keyPrefix: 'x' },
      outcome: 'denied',
      error: 'InvalidIdentityToken',
      failedStep: 'iam.provider',
    },
    {
      name: 'issuer with a port: discovery refused',
      opts: {
        iss: 'https://idp.example.com:8443/tenant',
        keyPrefix: 'idp.example.com:8443/tenant',
      },
      outcome: 'denied',
      error: 'InvalidIdentityToken',
      failedStep: 'oidc.discovery',
    },
  ])('$name', async ({ opts, outcome, error, failedStep }) => {
    const trace = await custom(opts)
    expect(trace.outcome).toBe(outcome)
    if (error) expect(trace.error?.code).toBe(error)
    if (failedStep) expect(failed(trace)).toBe(failedStep)
  })

  it('the request context of a slash issuer has host/path/:aud and :sub', async () => {
    const trace = await custom({ iss: SLASH, keyPrefix: 'idp.example.com/tenant/' })
    expect(Object.keys(step(trace, 'trust.evaluate')?.data?.context as object)).toEqual(
      expect.arrayContaining(['idp.example.com/tenant/:sub', 'idp.example.com/tenant/:aud']),
    )
    expect(trace.response?.Provider).toBe(
      `arn:aws:iam::${ACCOUNT}:oidc-provider/idp.example.com/tenant/`,
    )
  })

  it('reports a port in the provider URL and in the issuer at their pointers', async () => {
    const trace = await custom({
      iss: 'https://idp.example.com:8443/tenant',
      keyPrefix: 'x',
    })
    expect(trace.findings.map((f) => [f.code, f.source, f.pointer])).toEqual(
      expect.arrayContaining([
        ['oidc.issuer.port', 'token', '/payload/iss'],
        ['oidc.provider.url-port', 'oidcProvider', '/0/url'],
      ]),
    )
  })
})

describe('integer timestamps (API reference: WebIdentityToken)', () => {
  it.each([
    { claim: 'exp', value: EXP + 0.5, decoder: 'jwt.claim.not-integer' },
    { claim: 'exp', value: String(EXP), decoder: 'jwt.claim.not-numeric-date' },
    { claim: 'nbf', value: IAT + 0.25, decoder: 'jwt.claim.not-integer' },
    { claim: 'iat', value: String(IAT), decoder: 'jwt.claim.not-numeric-date' },
  ])(
    '$claim = $value: no credentials, and the finding agrees',
    async ({ claim, value, decoder }) => {
      const trace = await simulate(await withClaims({ [claim]: value }))
      expect(trace.outcome).toBe('denied')
      expect(trace.error?.code).toBe('InvalidIdentityToken')
      expect(failed(trace)).toBe('jwt.time')
      const finding = trace.findings.find((f) => f.code === decoder)
      expect([finding?.severity, finding?.pointer]).toEqual(['error', `/payload/${claim}`])
      const check = (step(trace, 'jwt.time')?.data?.checks as { claim: string }[]).find(
        (c) => c.claim === claim,
      )
      expect(check).toMatchObject({ ok: false, notInteger: true })
      expect(step(trace, 'jwt.time')?.assumptions?.length).toBe(1)
    },
  )
})

describe('tokens and keys', () => {
  it('a token without iat is accepted, with the assumption stated', async () => {
    const trace = await simulate(await withClaims({ iat: undefined }))
    expect(trace.outcome).toBe('issued')
    expect(codes(trace)).toContain('sts.token.no-iat')
    expect(step(trace, 'jwt.time')?.assumptions).toHaveLength(1)
  })

  it('several audiences: :aud is the matched client ID, stated as an assumption', async () => {
    const trace = await simulate(
      await withClaims({ aud: ['https://kubernetes.default.svc', 'sts.amazonaws.com'] }),
    )
    expect(trace.outcome).toBe('issued')
    expect(trace.response?.Audience).toBe('sts.amazonaws.com')
    const evaluate = step(trace, 'trust.evaluate')!
    expect((evaluate.data?.context as Record<string, unknown>)[`${HOST_PATH}:aud`]).toBe(
      'sts.amazonaws.com',
    )
    expect(evaluate.assumptions).toHaveLength(1)
    expect(step(trace, 'sts.audience')?.assumptions).toHaveLength(1)
  })

  it('azp fills :azp only (stated)', async () => {
    const trace = await simulate(await withClaims({ azp: 'my-client' }))
    expect(trace.outcome).toBe('issued')
    const evaluate = step(trace, 'trust.evaluate')!
    expect(evaluate.data?.context).toMatchObject({
      [`${HOST_PATH}:azp`]: 'my-client',
      [`${HOST_PATH}:aud`]: 'sts.amazonaws.com',
    })
    expect(evaluate.assumptions).toHaveLength(1)
  })

  it.each([
    {
      name: 'one key with a kid',
      keys: (k: Record<string, unknown>) => [k],
      reason: 'single-key-no-kid',
      ok: false,
    },
    {
      name: 'one key with kid ""',
      keys: (k: Record<string, unknown>) => [{ ...k, kid: '' }],
      reason: 'kid-match',
      ok: true,
    },
    {
      name: 'several keys, none with kid ""',
      keys: (k: Record<string, unknown>) => [k, { ...k, kid: 'other' }],
      reason: 'no-kid-several-keys',
      ok: false,
    },
  ])('a token without kid against $name', async ({ keys, reason, ok }) => {
    const base = baseScenario(key, token)
    const scenario: Scenario = {
      ...base,
      cluster: { ...base.cluster, jwks: { keys: keys(key.publicJwk as Record<string, unknown>) } },
      token: await signClaims(claims(), { ...key, kid: '' }),
    }
    const trace = await simulate(scenario)
    expect(step(trace, 'jwt.key')?.data?.reason).toBe(reason)
    expect(trace.outcome).toBe(ok ? 'issued' : 'denied')
    if (!ok) expect(trace.error?.code).toBe('InvalidIdentityToken')
  })
})

describe('limits and traps', () => {
  const padded = (size: number) => {
    const policy = JSON.parse(baseScenario(key, token).aws.roles[0]!.trustPolicy) as {
      Statement: Record<string, unknown>[]
    }
    const base = JSON.stringify(policy).length
    policy.Statement[0]!.Sid = 'A'.repeat(Math.max(0, size - base - '"Sid":"",'.length))
    return JSON.stringify(policy, null, 2)
  }

  it.each([
    { size: 2048, quota: undefined, outcome: 'issued' },
    { size: 2049, quota: undefined, outcome: 'invalid-input' },
    { size: 2049, quota: 4096, outcome: 'issued' },
    { size: 4097, quota: 8192, outcome: 'invalid-input' },
  ])('a trust policy of $size characters, quota $quota', async ({ size, quota, outcome }) => {
    const base = baseScenario(key, token)
    const role = { ...base.aws.roles[0]!, trustPolicy: padded(size) }
    if (quota !== undefined) role.trustPolicySizeQuota = quota
    const trace = await simulate({ ...base, aws: { ...base.aws, roles: [role] } })
    expect(trace.outcome).toBe(outcome)
    const roleStep = step(trace, 'iam.role') as Step
    expect(roleStep.data?.trustPolicySize).toBe(size)
    if (outcome === 'invalid-input') {
      expect(roleStep.status).toBe('fail')
      expect(roleStep.data?.iamError).toEqual({
        code: 'LimitExceeded',
        message: `Cannot exceed quota for ACLSizePerRole: ${Math.min(quota ?? 2048, 4096)}`,
        httpStatus: 409,
        operation: 'UpdateAssumeRolePolicy',
      })
      expect(trace.error).toBeUndefined()
      const finding = trace.findings.find((f) => f.code === 'iam.trust-policy.too-large')
      expect([finding?.source, finding?.pointer]).toEqual(['trustPolicy', ''])
    }
  })

  it('a role that assumes itself is denied unless its trust policy names it', async () => {
    const roleArn = `arn:aws:iam::${ACCOUNT}:role/example-role`
    const base = baseScenario(key, token)
    const trace = await simulate({ ...base, call: { action: 'sts:AssumeRole', resource: roleArn } })
    expect(trace.outcome).toBe('issued')
    expect(trace.call?.decision).toBe('ImplicitDeny')
    const call = step(trace, 'api.call')!
    expect(call.data?.error).toEqual({
      code: 'AccessDenied',
      message: `User: ${trace.response?.AssumedRoleUser.Arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
      httpStatus: 403,
    })
    expect(codes(trace)).toContain('call.self-assume-not-trusted')

    const policy = JSON.parse(base.aws.roles[0]!.trustPolicy) as { Statement: unknown[] }
    policy.Statement.push({
      Effect: 'Allow',
      Principal: { AWS: roleArn },
      Action: 'sts:AssumeRole',
    })
    const trusted = await simulate({
      ...base,
      aws: { ...base.aws, roles: [{ ...base.aws.roles[0]!, trustPolicy: JSON.stringify(policy) }] },
      call: { action: 'sts:AssumeRole', resource: roleArn },
    })
    expect(trusted.call?.decision).toBe('Allow')
  })

  it('no web identity: the SDK falls back to the node role and the call names it', async () => {
    const base = baseScenario(key, token)
    const trace = await simulate({
      ...base,
      serviceAccount: serviceAccountYaml('example-sa', 'example', null),
    })
    expect(trace.outcome).toBe('denied')
    expect(trace.error).toBeUndefined()
    const node = `arn:aws:sts::${ACCOUNT}:assumed-role/AmazonEKSNodeRole/i-1234567890abcdef0`
    expect(step(trace, 'sdk.credential-chain')?.data).toMatchObject({
      fallback: 'imds',
      nodeSessionArn: node,
    })
    const call = step(trace, 'api.call')!
    expect(call.status).toBe('fail')
    expect(call.data?.error).toEqual({
      code: 'AccessDenied',
      message: `User: ${node} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::example-bucket/photo.jpg" because no identity-based policy allows the s3:PutObject action`,
      httpStatus: 403,
    })
    expect(trace.steps.filter((s) => s.id === 'api.call')).toHaveLength(1)
    expect(trace.call?.decision).toBe('ImplicitDeny')
    expect(codes(trace)).toEqual(
      expect.arrayContaining(['sdk.no-web-identity', 'sdk.node-role-fallback']),
    )
  })
})
