/**
 * Test material for the CLI: the blog post's scenario with a real cluster key, and one STS request
 * per outcome the engine can give (credentials, and every error it returns), each built with the
 * engine's generateClusterKey / issueServiceAccountToken (or jose, for claims kube-apiserver would
 * never write). Only tests import this file.
 */
import { SignJWT, importJWK } from 'jose'
import { generateClusterKey, issueServiceAccountToken, type Scenario } from '../engine'
import type { ClusterKey } from '../engine/jwt'
import { blogScenario, ISSUER, ROLE_ARN } from '../scenarios/presets/blog'

/** The scenario's clock: the token was issued a minute before. */
export const ISSUED_AT = '2026-11-29T12:00:00.000Z'
export const NOW = '2026-11-29T12:01:00.000Z'
const NOW_SECONDS = Date.parse(NOW) / 1000

export interface StsCase {
  name: string
  /** What the case exercises: the engine's error code, or where the client stops. */
  expect: string
  roleArn: string
  roleSessionName: string
  token: string
  durationSeconds?: number
  /**
   * false: the AWS CLI skips this one (each run starts a Python interpreter, ~1.5 s of CPU); the
   * SDKs run every case. The CLI still meets every error code, every client-side refusal and
   * every message that needs care (quotes, the JWKS message's double space).
   */
  cli?: false
}

export interface Material {
  key: ClusterKey
  scenario: Scenario
  cases: StsCase[]
}

async function signed(key: ClusterKey, claims: Record<string, unknown>, kid = key.kid) {
  const privateKey = await importJWK(key.privateJwk as Parameters<typeof importJWK>[0], 'RS256')
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid }).sign(privateKey)
}

/** The blog scenario (role example-role trusts example/example-sa) and the requests to send it. */
export async function stsMaterial(): Promise<Material> {
  const key = await generateClusterKey('RS256')
  const scenario = await blogScenario({ key, issuedAt: ISSUED_AT })
  const token = scenario.token
  const tokenFor = (over: Partial<Parameters<typeof issueServiceAccountToken>[0]>) =>
    issueServiceAccountToken({
      issuer: ISSUER,
      namespace: 'example',
      serviceAccount: 'example-sa',
      audiences: ['sts.amazonaws.com'],
      expirationSeconds: 86400,
      now: ISSUED_AT,
      key,
      ...over,
    })
  const otherKey = await generateClusterKey('RS256')
  const claims = {
    iss: ISSUER,
    sub: 'system:serviceaccount:example:example-sa',
    aud: ['sts.amazonaws.com'],
    iat: NOW_SECONDS - 60,
    exp: NOW_SECONDS + 3600,
  }
  const [payload] = [token.split('.')[1] ?? '']
  const tampered = token.replace(
    payload,
    Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload, 'base64url').toString()),
        sub: 'system:serviceaccount:kube-system:admin',
      }),
    ).toString('base64url'),
  )
  const base = { roleArn: ROLE_ARN, roleSessionName: 'irsa-lab-test', token }
  const cases: StsCase[] = [
    { name: 'issued', expect: 'credentials', ...base },
    {
      name: 'issued for 15 minutes',
      cli: false,
      expect: 'credentials',
      ...base,
      durationSeconds: 900,
    },
    // The AWS CLI and boto3 refuse these before calling STS (botocore's parameter validation).
    {
      name: '1-character session name',
      expect: 'client validation',
      ...base,
      roleSessionName: 'a',
    },
    {
      name: 'short token, short ARN, 10 s',
      expect: 'client validation',
      ...base,
      roleArn: 'arn:aws:iam::1:role',
      token: 'abc',
      durationSeconds: 10,
    },
    // STS's own parameter checks.
    {
      name: '65-character session name',
      expect: 'ValidationError',
      ...base,
      roleSessionName: 's'.repeat(65),
    },
    {
      name: 'session name with a space',
      cli: false,
      expect: 'ValidationError',
      ...base,
      roleSessionName: 'my session',
    },
    { name: '12 h 1 s', cli: false, expect: 'ValidationError', ...base, durationSeconds: 43201 },
    { name: 'over the role maximum', expect: 'ValidationError', ...base, durationSeconds: 7200 },
    {
      name: 'not a role ARN',
      expect: 'ValidationError',
      ...base,
      roleArn: 'arn:aws:iam::123456789012:user/someone',
    },
    // The token.
    { name: 'not a JWT', expect: 'InvalidIdentityToken', ...base, token: 'not-a-jwt' },
    {
      name: 'no sub claim',
      cli: false,
      expect: 'InvalidIdentityToken',
      ...base,
      token: await signed(key, { ...claims, sub: undefined }),
    },
    {
      name: 'unregistered issuer',
      expect: 'InvalidIdentityToken',
      ...base,
      token: await tokenFor({
        issuer: 'https://oidc.eks.ap-northeast-2.amazonaws.com/id/FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF',
      }),
    },
    {
      name: 'audience my-app',
      expect: 'InvalidIdentityToken',
      ...base,
      token: await tokenFor({ audiences: ['my-app'] }),
    },
    {
      name: 'key not in the JWKS',
      expect: 'InvalidIdentityToken',
      ...base,
      token: await tokenFor({ key: otherKey }),
    },
    {
      name: 'tampered payload',
      cli: false,
      expect: 'InvalidIdentityToken',
      ...base,
      token: tampered,
    },
    {
      name: 'nbf in a day',
      cli: false,
      expect: 'InvalidIdentityToken',
      ...base,
      token: await signed(key, { ...claims, nbf: NOW_SECONDS + 86400, exp: NOW_SECONDS + 90000 }),
    },
    {
      name: 'expired a day ago',
      expect: 'ExpiredTokenException',
      ...base,
      token: await tokenFor({ now: '2026-11-27T12:00:00.000Z', expirationSeconds: 3600 }),
    },
    // The role and its trust policy.
    {
      name: 'no such role',
      cli: false,
      expect: 'AccessDenied',
      ...base,
      roleArn: 'arn:aws:iam::123456789012:role/no-such-role',
    },
    {
      name: 'another namespace',
      expect: 'AccessDenied',
      ...base,
      token: await tokenFor({ namespace: 'default' }),
    },
  ]
  return { key, scenario, cases }
}

/** The scenario the app would hold for this request: the same token and request editor. */
export function appScenario(scenario: Scenario, c: StsCase): Scenario {
  return {
    ...scenario,
    token: c.token,
    request: {
      roleArn: c.roleArn,
      roleSessionName: c.roleSessionName,
      ...(c.durationSeconds !== undefined ? { durationSeconds: c.durationSeconds } : {}),
    },
  }
}
