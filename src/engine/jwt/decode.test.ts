/// <reference types="node" />
// Node is the test runtime (Vitest, node environment): Buffer and node:crypto cross-check WebCrypto.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeToken } from './decode'

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url')
const json = (value: unknown) => b64(JSON.stringify(value))
const HEADER = { alg: 'RS256', kid: 'k1' }
const PAYLOAD = {
  iss: 'https://issuer',
  sub: 'system:serviceaccount:ns:sa',
  aud: ['sts.amazonaws.com'],
  exp: 2000,
  iat: 1000,
  nbf: 1000,
}
const token = (header: unknown = HEADER, payload: unknown = PAYLOAD, signature = 'c2ln') =>
  `${json(header)}.${json(payload)}.${signature}`

const codesAndPointers = (text: string) =>
  decodeToken(text).findings.map((f) => [f.code, f.pointer ?? null])

describe('decodeToken', () => {
  it('reads a well-formed token without findings', () => {
    // Given a three-segment token with integer timestamps and an array aud
    const text = token()
    // When
    const decoded = decodeToken(text)
    // Then
    expect(decoded.findings).toEqual([])
    expect(decoded.header).toEqual(HEADER)
    expect(decoded.payload).toEqual(PAYLOAD)
    expect(decoded.signature).toBe('c2ln')
    expect(decoded.signingInput).toBe(text.slice(0, text.lastIndexOf('.')))
    expect(decoded.segments).toHaveLength(3)
    expect(JSON.parse(decoded.headerText ?? '')).toEqual(HEADER)
  })

  it.each([
    { name: 'empty', text: '', expected: [['jwt.empty', '']] },
    { name: 'only whitespace', text: '  \n\t ', expected: [['jwt.empty', '']] },
    {
      name: 'one segment',
      text: 'abc',
      expected: [
        ['jwt.segment-count', ''],
        ['jwt.segment.not-utf8', '/header'],
      ],
    },
    {
      name: 'two segments',
      text: `${json(HEADER)}.${json(PAYLOAD)}`,
      expected: [['jwt.segment-count', '']],
    },
    {
      name: 'four segments',
      text: `${token()}.x`,
      expected: [['jwt.segment-count', '']],
    },
    {
      name: 'JWE (five segments)',
      text: `${json({ alg: 'RSA-OAEP', enc: 'A256GCM' })}.a.b.c.d`,
      expected: [
        ['jwt.jwe', ''],
        ['jwt.header.alg-not-accepted', '/header/alg'],
      ],
    },
    {
      name: 'empty header',
      text: `.${json(PAYLOAD)}.c2ln`,
      expected: [['jwt.segment.empty', '/header']],
    },
    {
      name: 'empty payload',
      text: `${json(HEADER)}..c2ln`,
      expected: [['jwt.segment.empty', '/payload']],
    },
    {
      name: 'empty signature',
      text: token(HEADER, PAYLOAD, ''),
      expected: [['jwt.signature.missing', '/signature']],
    },
    {
      name: 'bad char in header',
      text: token().replace(/^(.{5})./, '$1*'),
      expected: [['jwt.segment.base64', '/header']],
    },
    {
      name: 'bad char in payload',
      text: `${json(HEADER)}.ab+c.c2ln`,
      expected: [['jwt.segment.base64', '/payload']],
    },
    {
      name: 'bad char in signature',
      text: token(HEADER, PAYLOAD, 'ab/c'),
      expected: [['jwt.segment.base64', '/signature']],
    },
    {
      name: 'impossible length',
      text: `${json(HEADER)}.abcde.c2ln`,
      expected: [['jwt.segment.base64', '/payload']],
    },
    {
      name: 'padding',
      text: `${b64('{"alg":"RS256"}')}=.${json(PAYLOAD)}.c2ln`,
      expected: [['jwt.segment.base64', '/header']],
    },
    {
      name: 'payload not JSON',
      text: `${json(HEADER)}.${b64('not json')}.c2ln`,
      expected: [['jwt.segment.not-json', '/payload']],
    },
    {
      name: 'payload JSON array',
      text: `${json(HEADER)}.${json([1, 2])}.c2ln`,
      expected: [['jwt.segment.not-object', '/payload']],
    },
    {
      name: 'header JSON string',
      text: token('RS256'),
      expected: [['jwt.segment.not-object', '/header']],
    },
    {
      name: 'payload not UTF-8',
      text: `${json(HEADER)}.${Buffer.from([0xff, 0xfe, 0x7b]).toString('base64url')}.c2ln`,
      expected: [['jwt.segment.not-utf8', '/payload']],
    },
    {
      name: 'duplicate claim',
      text: `${json(HEADER)}.${b64('{"sub":"a","sub":"b"}')}.c2ln`,
      expected: [['jwt.segment.duplicate-member', '/payload/sub']],
    },
    {
      name: 'alg none',
      text: token({ alg: 'none' }, PAYLOAD, ''),
      expected: [
        ['jwt.header.alg-none', '/header/alg'],
        ['jwt.signature.missing', '/signature'],
      ],
    },
    {
      name: 'missing alg',
      text: token({ kid: 'k1' }),
      expected: [['jwt.header.alg-missing', '/header']],
    },
    {
      name: 'alg not a string',
      text: token({ alg: 256 }),
      expected: [['jwt.header.alg-invalid', '/header/alg']],
    },
    {
      name: 'HS256',
      text: token({ alg: 'HS256' }),
      expected: [['jwt.header.alg-not-accepted', '/header/alg']],
    },
    {
      name: 'kid not a string',
      text: token({ alg: 'RS256', kid: 7 }),
      expected: [['jwt.header.kid-invalid', '/header/kid']],
    },
    {
      name: 'crit',
      text: token({ alg: 'RS256', crit: ['x'] }),
      expected: [['jwt.header.crit', '/header/crit']],
    },
    {
      name: 'exp not integer',
      text: token(HEADER, { ...PAYLOAD, exp: 2000.5 }),
      expected: [['jwt.claim.not-integer', '/payload/exp']],
    },
    {
      name: 'iat a string',
      text: token(HEADER, { ...PAYLOAD, iat: '1000' }),
      expected: [['jwt.claim.not-numeric-date', '/payload/iat']],
    },
    {
      name: 'nbf null',
      text: token(HEADER, { ...PAYLOAD, nbf: null }),
      expected: [['jwt.claim.not-numeric-date', '/payload/nbf']],
    },
    {
      name: 'exp overflows to Infinity',
      text: `${json(HEADER)}.${b64('{"exp":1e400}')}.c2ln`,
      expected: [['jwt.claim.not-integer', '/payload/exp']],
    },
    {
      name: 'sub a number',
      text: token(HEADER, { ...PAYLOAD, sub: 1 }),
      expected: [['jwt.claim.not-string', '/payload/sub']],
    },
    {
      name: 'aud a string',
      text: token(HEADER, { ...PAYLOAD, aud: 'sts.amazonaws.com' }),
      expected: [['jwt.claim.aud-string', '/payload/aud']],
    },
    {
      name: 'aud empty array',
      text: token(HEADER, { ...PAYLOAD, aud: [] }),
      expected: [['jwt.claim.aud-empty', '/payload/aud']],
    },
    {
      name: 'aud entry a number',
      text: token(HEADER, { ...PAYLOAD, aud: ['a', 5] }),
      expected: [['jwt.claim.aud-invalid', '/payload/aud/1']],
    },
    {
      name: 'aud an object',
      text: token(HEADER, { ...PAYLOAD, aud: {} }),
      expected: [['jwt.claim.aud-invalid', '/payload/aud']],
    },
    {
      name: 'surrounding whitespace',
      text: `  ${token()}\n`,
      expected: [['jwt.whitespace-stripped', '']],
    },
    {
      name: 'wrapped lines',
      text: token().replace(/(.{20})/g, '$1\n'),
      expected: [['jwt.whitespace-stripped', '']],
    },
    { name: 'Bearer prefix', text: `Bearer ${token()}`, expected: [['jwt.bearer-stripped', '']] },
    { name: 'quotes', text: `"${token()}"`, expected: [['jwt.quotes-stripped', '']] },
  ])('$name', ({ text, expected }) => {
    expect(codesAndPointers(text)).toEqual(expected)
  })

  it('reports a too-long token and still decodes it', () => {
    // Given a valid token padded with a 20000-character claim
    const text = token(HEADER, { ...PAYLOAD, pad: 'x'.repeat(20000) })
    // When
    const decoded = decodeToken(text)
    // Then
    expect(decoded.findings.map((f) => [f.code, f.pointer])).toEqual([['jwt.too-long', '']])
    expect(decoded.payload?.sub).toBe(PAYLOAD.sub)
  })

  it.each([
    {
      name: 'first line',
      text: `${json(HEADER)}.a*cd.c2ln`,
      at: { line: 1, column: json(HEADER).length + 3 },
    },
    {
      name: 'after Bearer and spaces',
      text: `Bearer   ${json(HEADER)}.a*cd.c2ln`,
      at: { line: 1, column: json(HEADER).length + 12 },
    },
    { name: 'on a wrapped line', text: `${json(HEADER)}.\na*cd.c2ln`, at: { line: 2, column: 2 } },
  ])('points at the bad base64url character: $name', ({ text, at }) => {
    const finding = decodeToken(text).findings.find((f) => f.code === 'jwt.segment.base64')
    expect(finding?.at).toEqual(at)
    expect(finding?.pointer).toBe('/payload')
  })

  it('keeps what it can read when another segment is broken', () => {
    const decoded = decodeToken(`${json(HEADER)}.%%%.c2ln`)
    expect(decoded.header).toEqual(HEADER)
    expect(decoded.payload).toBeUndefined()
  })

  it('keeps __proto__ claims as plain data', () => {
    const decoded = decodeToken(`${json(HEADER)}.${b64('{"__proto__":{"polluted":1}}')}.c2ln`)
    expect(Object.getPrototypeOf(decoded.payload)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('survives 1 MB of garbage', () => {
    const garbage = Array.from({ length: 1_000_000 }, (_, i) => '.a=*\n'[i % 5]).join('')
    const decoded = decodeToken(garbage)
    expect(decoded.findings.map((f) => f.code)).toContain('jwt.too-long')
  })

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 200 }), (text) => {
        expect(decodeToken(text).findings).toBeInstanceOf(Array)
      }),
    )
  })

  it('never throws on dot-joined base64url segments', () => {
    const segment = fc.oneof(
      fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('base64url')),
      fc.jsonValue().map((value) => json(value)),
      fc.string({ maxLength: 8 }),
    )
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 6 }), (segments) => {
        const decoded = decodeToken(segments.join('.'))
        for (const finding of decoded.findings) expect(finding.code).toMatch(/^jwt\./)
      }),
    )
  })
})
