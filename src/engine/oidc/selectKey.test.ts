import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { selectVerificationKey, type KeySelectionReason } from './selectKey'

const A = { use: 'sig', kty: 'RSA', kid: 'A', alg: 'RS256', n: 'n', e: 'AQAB' }
const B = { use: 'sig', kty: 'RSA', kid: 'B', alg: 'RS256', n: 'n2', e: 'AQAB' }
const EC = { use: 'sig', kty: 'EC', kid: 'E', alg: 'ES256', crv: 'P-256', x: 'x', y: 'y' }
const NO_KID = { kty: 'RSA', n: 'n', e: 'AQAB' }
const EMPTY_KID = { ...A, kid: '' }

interface Row {
  name: string
  header: unknown
  keys: unknown
  reason: KeySelectionReason
  index?: number
  usable: boolean
  codes: [string, string][]
}

describe('selectVerificationKey', () => {
  it.each<Row>([
    {
      name: 'kid matches the second key (rotation kept the old key)',
      header: { alg: 'RS256', kid: 'B' },
      keys: [A, B],
      reason: 'kid-match',
      index: 1,
      usable: true,
      codes: [],
    },
    {
      name: 'ES256 token, EC key',
      header: { alg: 'ES256', kid: 'E' },
      keys: [A, EC],
      reason: 'kid-match',
      index: 1,
      usable: true,
      codes: [],
    },
    {
      name: 'key without alg fits any RSA alg',
      header: { alg: 'RS512', kid: 'A' },
      keys: [{ ...A, alg: undefined }],
      reason: 'kid-match',
      index: 0,
      usable: true,
      codes: [],
    },
    {
      name: 'unknown kid (a rotated-out key)',
      header: { alg: 'RS256', kid: 'old' },
      keys: [A, B],
      reason: 'unknown-kid',
      usable: false,
      codes: [['oidc.key.unknown-kid', '/header/kid']],
    },
    {
      name: 'no kid, key with kid ""',
      header: { alg: 'RS256' },
      keys: [A, EMPTY_KID],
      reason: 'kid-match',
      index: 1,
      usable: true,
      codes: [
        ['oidc.key.no-kid', '/header'],
        ['oidc.key.empty-kid-match', '/keys/1/kid'],
      ],
    },
    {
      name: 'kid "", key with kid ""',
      header: { alg: 'RS256', kid: '' },
      keys: [EMPTY_KID],
      reason: 'kid-match',
      index: 0,
      usable: true,
      codes: [
        ['oidc.key.no-kid', '/header'],
        ['oidc.key.empty-kid-match', '/keys/0/kid'],
      ],
    },
    {
      name: 'no kid, single key without kid (webhook issue #12)',
      header: { alg: 'RS256' },
      keys: [NO_KID],
      reason: 'single-key-no-kid',
      index: 0,
      usable: false,
      codes: [
        ['oidc.key.no-kid', '/header'],
        ['oidc.key.single-key-no-kid', '/keys/0'],
      ],
    },
    {
      name: 'no kid, several keys',
      header: { alg: 'RS256' },
      keys: [A, B],
      reason: 'no-kid-several-keys',
      usable: false,
      codes: [
        ['oidc.key.no-kid', '/header'],
        ['oidc.key.no-kid-several-keys', '/keys'],
      ],
    },
    {
      name: 'key alg differs',
      header: { alg: 'RS384', kid: 'A' },
      keys: [A],
      reason: 'alg-mismatch',
      index: 0,
      usable: false,
      codes: [['oidc.key.alg-mismatch', '/keys/0/alg']],
    },
    {
      name: 'EC token, RSA key',
      header: { alg: 'ES256', kid: 'A' },
      keys: [A],
      reason: 'kty-mismatch',
      index: 0,
      usable: false,
      codes: [['oidc.key.kty-mismatch', '/keys/0/kty']],
    },
    {
      name: 'ES384 token, P-256 key',
      header: { alg: 'ES384', kid: 'E' },
      keys: [{ ...EC, alg: undefined }],
      reason: 'kty-mismatch',
      index: 0,
      usable: false,
      codes: [['oidc.key.kty-mismatch', '/keys/0/kty']],
    },
    {
      name: 'HS256 token, RSA key',
      header: { alg: 'HS256', kid: 'A' },
      keys: [A],
      reason: 'kty-mismatch',
      index: 0,
      usable: false,
      codes: [['oidc.key.kty-mismatch', '/keys/0/kty']],
    },
    {
      name: 'same kid twice, the second fits',
      header: { alg: 'ES256', kid: 'X' },
      keys: [
        { ...A, kid: 'X' },
        { ...EC, kid: 'X' },
      ],
      reason: 'kid-match',
      index: 1,
      usable: true,
      codes: [['oidc.key.ambiguous-kid', '/keys/1/kid']],
    },
    {
      name: 'empty JWKS',
      header: { alg: 'RS256', kid: 'A' },
      keys: [],
      reason: 'empty-jwks',
      usable: false,
      codes: [['oidc.key.empty-jwks', '']],
    },
    {
      name: 'only non-object keys',
      header: { alg: 'RS256', kid: 'A' },
      keys: ['x', null],
      reason: 'empty-jwks',
      usable: false,
      codes: [['oidc.key.empty-jwks', '']],
    },
    {
      name: 'no header',
      header: undefined,
      keys: [A],
      reason: 'single-key-no-kid',
      index: 0,
      usable: false,
      codes: [
        ['oidc.key.no-kid', '/header'],
        ['oidc.key.single-key-no-kid', '/keys/0'],
      ],
    },
  ])('$name', ({ header, keys, reason, index, usable, codes }) => {
    const jwks = JSON.parse(JSON.stringify({ keys })) as unknown
    const selection = selectVerificationKey(header, jwks)
    expect(selection.reason).toBe(reason)
    expect(selection.index).toBe(index)
    expect(selection.usable).toBe(usable)
    expect(selection.findings.map((f) => [f.code, f.pointer])).toEqual(codes)
    if (index !== undefined) expect(selection.key).toBe((jwks as { keys: unknown[] }).keys[index])
  })

  it('counts the candidate keys', () => {
    expect(
      selectVerificationKey({ alg: 'RS256', kid: 'A' }, { keys: [A, B, 'x'] }).candidates,
    ).toBe(2)
  })

  it('never throws on any header and JWKS', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.oneof(fc.jsonValue(), fc.record({ keys: fc.array(fc.jsonValue()) })),
        (header, jwks) => {
          const selection = selectVerificationKey(header, jwks)
          expect(selection.usable).toBe(selection.reason === 'kid-match')
        },
      ),
    )
  })
})
