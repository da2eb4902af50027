import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateJwks } from './jwks'

const RSA = { use: 'sig', kty: 'RSA', kid: 'a', alg: 'RS256', n: 'wklb', e: 'AQAB' }
const EC = { use: 'sig', kty: 'EC', kid: 'b', alg: 'ES256', crv: 'P-256', x: 'MKBC', y: '4Etl' }

describe('validateJwks', () => {
  it.each([
    { name: 'EKS layout', jwks: { keys: [RSA, EC] }, expected: [] },
    { name: 'not an object', jwks: [RSA], expected: [['oidc.jwks.not-object', '']] },
    { name: 'null', jwks: null, expected: [['oidc.jwks.not-object', '']] },
    { name: 'no keys array', jwks: { keys: RSA }, expected: [['oidc.jwks.no-keys', '']] },
    { name: 'empty keys', jwks: { keys: [] }, expected: [['oidc.jwks.empty', '/keys']] },
    {
      name: 'key not an object',
      jwks: { keys: [RSA, 'x'] },
      expected: [['oidc.jwks.key-not-object', '/keys/1']],
    },
    {
      name: 'no kty',
      jwks: { keys: [{ ...RSA, kty: undefined }] },
      expected: [['oidc.jwks.kty-missing', '/keys/0']],
    },
    {
      name: 'kty oct',
      jwks: { keys: [{ kty: 'oct', kid: 'a' }] },
      expected: [['oidc.jwks.kty-unsupported', '/keys/0/kty']],
    },
    {
      name: 'kty constructor',
      jwks: { keys: [{ kty: 'constructor', kid: 'a' }] },
      expected: [['oidc.jwks.kty-unsupported', '/keys/0/kty']],
    },
    {
      name: 'RSA without n',
      jwks: { keys: [{ ...RSA, n: undefined }] },
      expected: [['oidc.jwks.member-missing', '/keys/0']],
    },
    {
      name: 'RSA e not base64url',
      jwks: { keys: [{ ...RSA, e: 'AQ+B' }] },
      expected: [['oidc.jwks.member-invalid', '/keys/0/e']],
    },
    {
      name: 'EC without crv and y',
      jwks: { keys: [{ ...EC, crv: undefined, y: undefined }] },
      expected: [
        ['oidc.jwks.member-missing', '/keys/0'],
        ['oidc.jwks.member-missing', '/keys/0'],
      ],
    },
    {
      name: 'EC x a number',
      jwks: { keys: [{ ...EC, x: 1 }] },
      expected: [['oidc.jwks.member-invalid', '/keys/0/x']],
    },
    {
      name: 'no kid',
      jwks: { keys: [{ ...RSA, kid: undefined }] },
      expected: [['oidc.jwks.kid-missing', '/keys/0']],
    },
    {
      name: 'kid not a string',
      jwks: { keys: [{ ...RSA, kid: 5 }] },
      expected: [['oidc.jwks.member-invalid', '/keys/0/kid']],
    },
    {
      name: 'duplicate kid',
      jwks: { keys: [RSA, EC, { ...RSA }] },
      expected: [['oidc.jwks.duplicate-kid', '/keys/2/kid']],
    },
    {
      name: 'use enc',
      jwks: { keys: [{ ...RSA, use: 'enc' }] },
      expected: [['oidc.jwks.use-not-sig', '/keys/0/use']],
    },
    {
      name: 'alg HS256',
      jwks: { keys: [{ ...RSA, alg: 'HS256' }] },
      expected: [['oidc.jwks.alg-not-accepted', '/keys/0/alg']],
    },
    {
      name: 'private RSA key pasted',
      jwks: { keys: [{ ...RSA, d: 'x', p: 'y', q: 'z' }] },
      expected: [
        ['oidc.jwks.private-member', '/keys/0/d'],
        ['oidc.jwks.private-member', '/keys/0/p'],
        ['oidc.jwks.private-member', '/keys/0/q'],
      ],
    },
  ])('$name', ({ jwks, expected }) => {
    // JSON round trip drops the `undefined` members the table uses to delete one.
    const findings = validateJwks(JSON.parse(JSON.stringify(jwks)) as unknown)
    expect(findings.map((f) => [f.code, f.pointer])).toEqual(expected)
    for (const f of findings) expect(f.source).toBe('jwks')
  })

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.record({ keys: fc.array(fc.jsonValue()) })),
        (jwks) => {
          expect(Array.isArray(validateJwks(jwks))).toBe(true)
        },
      ),
    )
  })
})
