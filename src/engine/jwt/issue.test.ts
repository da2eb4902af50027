import { jwtVerify, importJWK } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { decodeToken } from './decode'
import { deriveServiceAccountUid, issueServiceAccountToken, TokenRequestError } from './issue'
import { generateClusterKey, type ClusterKey } from './keys'

const ISSUER = 'https://oidc.eks.ap-northeast-2.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF'
const NOW = '2024-05-01T12:00:00Z'
const IAT = Date.parse(NOW) / 1000

describe('issueServiceAccountToken', () => {
  let key: ClusterKey
  beforeAll(async () => {
    key = await generateClusterKey()
  })
  const base = () => ({
    issuer: ISSUER,
    namespace: 'example',
    serviceAccount: 'example-sa',
    audiences: ['sts.amazonaws.com'],
    now: NOW,
    key,
  })

  it('puts exactly the claims kube-apiserver puts in a pod-bound token', async () => {
    // Given a token request bound to a pod on a node
    const pod = { name: 'app-0', uid: '5e0bd49b-f040-43b0-99b7-22765a53f7f3' }
    const node = { name: 'ip-10-0-0-1', uid: '646e7c5e-32d6-4d42-9dbd-e504e6cbe6b1' }
    // When
    const token = await issueServiceAccountToken({ ...base(), expirationSeconds: 86400, pod, node })
    const decoded = decodeToken(token)
    // Then: spec §1.1, in alphabetical order as go-jose marshals them
    expect(decoded.findings).toEqual([])
    expect(decoded.header).toEqual({ alg: 'RS256', kid: key.kid })
    const payload = decoded.payload ?? {}
    expect(Object.keys(payload)).toEqual([
      'aud',
      'exp',
      'iat',
      'iss',
      'jti',
      'kubernetes.io',
      'nbf',
      'sub',
    ])
    expect(payload).toMatchObject({
      aud: ['sts.amazonaws.com'],
      exp: IAT + 86400,
      iat: IAT,
      nbf: IAT,
      iss: ISSUER,
      sub: 'system:serviceaccount:example:example-sa',
    })
    expect(payload.jti).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
    expect(payload['kubernetes.io']).toEqual({
      namespace: 'example',
      node,
      pod,
      serviceaccount: {
        name: 'example-sa',
        uid: await deriveServiceAccountUid('example', 'example-sa'),
      },
    })
  })

  it('leaves out pod and node when the token is not bound to them (kubectl create token)', async () => {
    const payload = decodeToken(await issueServiceAccountToken(base())).payload ?? {}
    expect(Object.keys(payload['kubernetes.io'] as object)).toEqual(['namespace', 'serviceaccount'])
    expect(payload.exp).toBe(IAT + 3600)
  })

  it.each([
    {
      name: 'given uid',
      input: { serviceAccountUid: '14ee3fa4-a7e2-420f-9f9a-dbc4507c3798' },
      uid: '14ee3fa4-a7e2-420f-9f9a-dbc4507c3798',
    },
    {
      name: 'no audiences: the API server audience (the issuer)',
      input: { audiences: [] },
      aud: [ISSUER],
    },
    { name: 'several audiences', input: { audiences: ['a', 'b'] }, aud: ['a', 'b'] },
    { name: 'exactly 600 seconds', input: { expirationSeconds: 600 }, exp: IAT + 600 },
  ])('request variant: $name', async ({ input, uid, aud, exp }) => {
    const payload =
      decodeToken(await issueServiceAccountToken({ ...base(), ...input })).payload ?? {}
    const sa = (payload['kubernetes.io'] as { serviceaccount: { uid: string } }).serviceaccount
    if (uid !== undefined) expect(sa.uid).toBe(uid)
    if (aud !== undefined) expect(payload.aud).toEqual(aud)
    if (exp !== undefined) expect(payload.exp).toBe(exp)
  })

  it('gives every token a fresh jti', async () => {
    const jti = async () => decodeToken(await issueServiceAccountToken(base())).payload?.jti
    expect(await jti()).not.toBe(await jti())
  })

  it('derives a stable, UUID-shaped ServiceAccount uid', async () => {
    const uid = await deriveServiceAccountUid('example', 'example-sa')
    expect(uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(await deriveServiceAccountUid('example', 'example-sa')).toBe(uid)
    expect(await deriveServiceAccountUid('example', 'other')).not.toBe(uid)
  })

  it.each([
    {
      name: '60 s',
      seconds: 60,
      code: 'token.expiration.too-short',
      message:
        'spec.expirationSeconds: Invalid value: 60: may not specify a duration less than 10 minutes',
    },
    {
      name: '599 s',
      seconds: 599,
      code: 'token.expiration.too-short',
      message:
        'spec.expirationSeconds: Invalid value: 599: may not specify a duration less than 10 minutes',
    },
    {
      name: '2^32 + 1 s',
      seconds: 2 ** 32 + 1,
      code: 'token.expiration.too-long',
      message:
        'spec.expirationSeconds: Invalid value: 4294967297: may not specify a duration larger than 2^32 seconds',
    },
    {
      name: 'fraction',
      seconds: 600.5,
      code: 'token.expiration.not-integer',
      message: 'spec.expirationSeconds: Invalid value: 600.5: must be a whole number of seconds',
    },
  ])(
    'rejects expirationSeconds as the API server does: $name',
    async ({ seconds, code, message }) => {
      const error = await issueServiceAccountToken({ ...base(), expirationSeconds: seconds }).catch(
        (e: unknown) => e,
      )
      expect(error).toBeInstanceOf(TokenRequestError)
      expect(error).toMatchObject({ code, message })
    },
  )

  it('accepts 2^32 seconds, the largest duration validation allows', async () => {
    const payload = decodeToken(
      await issueServiceAccountToken({ ...base(), expirationSeconds: 2 ** 32 }),
    ).payload
    expect(payload?.exp).toBe(IAT + 2 ** 32)
  })

  it('rejects an unreadable now', async () => {
    await expect(issueServiceAccountToken({ ...base(), now: 'yesterday' })).rejects.toMatchObject({
      code: 'token.now.invalid',
    })
  })

  it('uses the real clock when now is absent', async () => {
    const before = Math.floor(new Date().getTime() / 1000)
    const rest: Omit<ReturnType<typeof base>, 'now'> & { now?: string } = base()
    delete rest.now
    const iat = decodeToken(await issueServiceAccountToken(rest)).payload?.iat as number
    expect(iat).toBeGreaterThanOrEqual(before)
    expect(iat).toBeLessThanOrEqual(before + 60)
  })

  it('signs a token jose verifies with the public key', async () => {
    const token = await issueServiceAccountToken(base())
    const { payload } = await jwtVerify(token, await importJWK(key.publicJwk, 'RS256'), {
      issuer: ISSUER,
      audience: 'sts.amazonaws.com',
      currentDate: new Date(NOW),
    })
    expect(payload.sub).toBe('system:serviceaccount:example:example-sa')
  })
})
