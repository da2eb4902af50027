import { describe, expect, it } from 'vitest'
import { decodeToken } from '../../engine/jwt'
import type { Trace } from '../../engine'
import { keysUrl, missingKey, replacePayload, signatureFailed, tokenSegments } from './token'

const b64 = (s: string) => Buffer.from(s).toString('base64url')
const token = `${b64('{"alg":"RS256","kid":"k1"}')}.${b64('{"sub":"a"}')}.c2ln`

describe(replacePayload, () => {
  it('re-encodes the payload and keeps header and signature as written', () => {
    const edit = replacePayload(token, '{\n  "sub": "b"\n}')
    expect(edit.ok).toBe(true)
    if (!edit.ok) return
    const [h, , s] = edit.token.split('.')
    expect([h, s]).toEqual([token.split('.')[0], 'c2ln'])
    expect(decodeToken(edit.token).payload).toEqual({ sub: 'b' })
    expect(edit.token).not.toContain('=')
  })

  it('refuses text that is not a JSON object', () => {
    expect(replacePayload(token, '{ sub: ')).toEqual({ ok: false, error: 'not-json' })
    expect(replacePayload(token, '[1]')).toEqual({ ok: false, error: 'not-object' })
  })
})

describe(tokenSegments, () => {
  it('splits a compact token, keeping extra segments', () => {
    expect(tokenSegments('a.b.c.d.e')).toEqual({
      header: 'a',
      payload: 'b',
      signature: 'c',
      extra: ['d', 'e'],
    })
    expect(tokenSegments('a')).toEqual({ header: 'a', payload: '', signature: '', extra: [] })
  })
})

const trace = (id: string, status: 'pass' | 'fail'): Trace => ({
  outcome: 'denied',
  steps: [{ id, kind: id, actor: 'sts', status, title: id, refs: [] }],
  findings: [],
})

describe(missingKey, () => {
  it('is true when the key step fails for a kid that is not the generated key', () => {
    expect(missingKey(trace('jwt.key', 'fail'), 'real-kid', 'ours')).toBe(true)
    expect(missingKey(trace('jwt.key', 'fail'), 'real-kid', undefined)).toBe(true)
    expect(missingKey(trace('jwt.key', 'fail'), 'ours', 'ours')).toBe(false)
    expect(missingKey(trace('jwt.key', 'pass'), 'real-kid', undefined)).toBe(false)
  })
})

describe(signatureFailed, () => {
  it('reads the jwt.signature step', () => {
    expect(signatureFailed(trace('jwt.signature', 'fail'))).toBe(true)
    expect(signatureFailed(trace('jwt.signature', 'pass'))).toBe(false)
  })
})

describe(keysUrl, () => {
  it('appends /keys to the issuer', () => {
    expect(keysUrl('https://oidc.eks.us-east-1.amazonaws.com/id/AB/')).toBe(
      'https://oidc.eks.us-east-1.amazonaws.com/id/AB/keys',
    )
  })
})
