import { describe, expect, it } from 'vitest'
import { HOST, ISSUER, SUB } from './fixtures'
import { buildWebIdentityContext, providerKeyPrefix } from './webIdentityContext'

describe('buildWebIdentityContext', () => {
  it('builds the keys STS provides for the canonical IRSA token', () => {
    const context = buildWebIdentityContext(
      {
        iss: ISSUER,
        sub: SUB,
        aud: ['sts.amazonaws.com'],
        exp: 1,
        'kubernetes.io': { namespace: 'example' },
      },
      ISSUER,
      { now: '2024-06-01T12:00:00.000Z', roleSessionName: 'botocore-session-1717243200' },
    )
    expect(context).toEqual({
      [`${HOST}:sub`]: SUB,
      [`${HOST}:aud`]: 'sts.amazonaws.com',
      'aws:CurrentTime': '2024-06-01T12:00:00Z',
      'aws:EpochTime': 1717243200,
      'sts:RoleSessionName': 'botocore-session-1717243200',
    })
  })

  it.each([
    { name: 'aud as a string', claims: { aud: 'a' }, key: 'aud', expected: 'a' },
    {
      name: 'aud with several entries stays multivalued',
      claims: { aud: ['a', 'b'] },
      key: 'aud',
      expected: ['a', 'b'],
    },
    { name: 'amr list', claims: { amr: ['pwd', 'mfa'] }, key: 'amr', expected: ['pwd', 'mfa'] },
    { name: 'azp', claims: { azp: 'client' }, key: 'azp', expected: 'client' },
    { name: 'non-string sub is absent', claims: { sub: 5 }, key: 'sub', expected: undefined },
  ])('$name', ({ claims, key, expected }) => {
    expect(buildWebIdentityContext(claims, ISSUER)[`${HOST}:${key}`]).toEqual(expected)
  })

  it('uses the matched audience of a multi-audience token when given', () => {
    const context = buildWebIdentityContext({ aud: ['a', 'sts.amazonaws.com'] }, ISSUER, {
      matchedAudience: 'sts.amazonaws.com',
    })
    expect(context[`${HOST}:aud`]).toBe('sts.amazonaws.com')
  })

  it('exposes no other claims', () => {
    const context = buildWebIdentityContext(
      { 'kubernetes.io': { namespace: 'x' }, namespace: 'x', jti: 'j' },
      ISSUER,
    )
    expect(Object.keys(context)).toEqual([])
  })

  it.each([
    {
      issuer: 'https://oidc.eks.us-east-1.amazonaws.com/id/X',
      prefix: 'oidc.eks.us-east-1.amazonaws.com/id/X',
    },
    { issuer: 'https://example.com/', prefix: 'example.com/' },
    { issuer: 'https://example.com/tenant/', prefix: 'example.com/tenant/' },
    { issuer: 'https://Example.COM/Tenant', prefix: 'Example.COM/Tenant' },
  ])('key prefix of $issuer', ({ issuer, prefix }) => {
    expect(providerKeyPrefix(issuer)).toBe(prefix)
  })
})
