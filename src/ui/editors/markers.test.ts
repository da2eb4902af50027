import { describe, expect, it } from 'vitest'
import type { Finding } from '../../engine'
import { editorMarkers, findingRange, refRange, severityCounts } from './markers'

const finding = (over: Partial<Finding>): Finding => ({
  code: 'test.code',
  severity: 'error',
  message: 'm',
  source: 'trustPolicy',
  ...over,
})

const TRUST = `{
  "Statement": [
    {
      "Effect": "Allow",
      "Condition": {
        "StringEquals": {
          "oidc.example/id/X:sub": "system:serviceaccount:a:b",
          "a~b": "x"
        }
      }
    }
  ]
}`

const SA = `apiVersion: v1
kind: ServiceAccount
metadata:
  name: example-sa
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123:role/x
`

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
const HEADER = b64({ alg: 'RS256', kid: 'k1' })
const PAYLOAD = b64({ iss: 'https://issuer', sub: 'system:serviceaccount:example:example-sa' })
const TOKEN = `${HEADER}.${PAYLOAD}.c2lnbmF0dXJl`

describe('findingRange for JSON', () => {
  it('marks the value a pointer names, with ~1 unescaped to a slash', () => {
    const range = findingRange(
      finding({ pointer: '/Statement/0/Condition/StringEquals/oidc.example~1id~1X:sub' }),
      TRUST,
    )
    expect(range).toEqual({ startLineNumber: 7, startColumn: 36, endLineNumber: 7, endColumn: 63 })
  })

  it('unescapes ~0 to a tilde', () => {
    const range = findingRange(
      finding({ pointer: '/Statement/0/Condition/StringEquals/a~0b' }),
      TRUST,
    )
    expect(range).toMatchObject({ startLineNumber: 8, startColumn: 18, endColumn: 21 })
  })

  it('keeps only the key of a member whose value spans several lines', () => {
    expect(findingRange(finding({ pointer: '/Statement/0/Condition' }), TRUST)).toEqual({
      startLineNumber: 5,
      startColumn: 7,
      endLineNumber: 5,
      endColumn: 18,
    })
  })

  it('marks the first line of a multi-line array element (it has no key)', () => {
    expect(findingRange(finding({ pointer: '/Statement/0' }), TRUST)).toEqual({
      startLineNumber: 3,
      startColumn: 5,
      endLineNumber: 3,
      endColumn: 6,
    })
  })

  it('falls back to the nearest existing parent when the pointer names something absent', () => {
    expect(findingRange(finding({ pointer: '/Statement/0/Principal/Federated' }), TRUST)).toEqual({
      startLineNumber: 3,
      startColumn: 5,
      endLineNumber: 3,
      endColumn: 6,
    })
  })

  it('uses `at` for a syntax error, through to the end of the word', () => {
    const text = '{\n  "keys": [ nope ]\n}'
    expect(findingRange(finding({ source: 'jwks', at: { line: 2, column: 13 } }), text)).toEqual({
      startLineNumber: 2,
      startColumn: 13,
      endLineNumber: 2,
      endColumn: 17,
    })
  })

  it('marks the character before `at` at the end of a line', () => {
    expect(findingRange(finding({ source: 'jwks', at: { line: 1, column: 4 } }), '{ }')).toEqual({
      startLineNumber: 1,
      startColumn: 3,
      endLineNumber: 1,
      endColumn: 4,
    })
  })

  it('still gives a place for a document that could not be read', () => {
    expect(findingRange(finding({ source: 'request', pointer: '/roleArn' }), '')).toEqual({
      startLineNumber: 1,
      startColumn: 1,
      endLineNumber: 1,
      endColumn: 2,
    })
  })

  it('leaves the second permission policy to another editor', () => {
    expect(findingRange(finding({ pointer: '', documentIndex: 1 }), TRUST)).toBeUndefined()
  })
})

describe('findingRange for YAML', () => {
  it('marks an annotation value, the key having an escaped slash', () => {
    const range = findingRange(
      finding({
        source: 'serviceAccount',
        pointer: '/metadata/annotations/eks.amazonaws.com~1role-arn',
      }),
      SA,
    )
    expect(range).toEqual({ startLineNumber: 6, startColumn: 33, endLineNumber: 6, endColumn: 56 })
  })

  it('falls back to the annotations key when the annotation is missing', () => {
    const range = findingRange(
      finding({
        source: 'serviceAccount',
        pointer: '/metadata/annotations/eks.amazonaws.com~1audience',
      }),
      SA,
    )
    expect(range).toEqual({ startLineNumber: 5, startColumn: 3, endLineNumber: 5, endColumn: 14 })
  })
})

describe('token pointers', () => {
  const signatureStart = HEADER.length + PAYLOAD.length + 3

  it('map /header, /payload and /signature to their segments', () => {
    expect(findingRange(finding({ source: 'token', pointer: '/header' }), TOKEN)).toEqual({
      startLineNumber: 1,
      startColumn: 1,
      endLineNumber: 1,
      endColumn: HEADER.length + 1,
    })
    expect(refRange({ source: 'token', pointer: '/payload' }, TOKEN)).toEqual({
      startLineNumber: 1,
      startColumn: HEADER.length + 2,
      endLineNumber: 1,
      endColumn: HEADER.length + PAYLOAD.length + 2,
    })
    expect(refRange({ source: 'token', pointer: '/signature' }, TOKEN)).toMatchObject({
      startColumn: signatureStart,
      endColumn: TOKEN.length + 1,
    })
  })

  it('map a claim to the base64url characters that encode it', () => {
    const range = refRange({ source: 'token', pointer: '/payload/sub' }, TOKEN)!
    const json = JSON.stringify({ iss: 'https://issuer', sub: 'x' })
    const byteStart = json.indexOf('"sub"')
    const from = HEADER.length + 1 + Math.floor(byteStart / 3) * 4
    expect(range.startColumn).toBe(from + 1)
    expect(range.endColumn).toBeLessThanOrEqual(HEADER.length + PAYLOAD.length + 2)
    // The characters marked decode to text that contains the claim.
    const marked = TOKEN.slice(range.startColumn - 1, range.endColumn - 1)
    expect(Buffer.from(marked, 'base64url').toString()).toContain('sub":"system:serviceaccount')
  })

  it('follow the token when it was pasted with Bearer and line breaks', () => {
    const pasted = `Bearer ${HEADER}\n.${PAYLOAD}.c2lnbmF0dXJl`
    expect(refRange({ source: 'token', pointer: '/payload' }, pasted)).toMatchObject({
      startLineNumber: 2,
      startColumn: 2,
    })
  })

  it('mark one character for a finding with a position', () => {
    expect(
      findingRange(
        finding({ source: 'token', pointer: '/payload', at: { line: 1, column: 5 } }),
        TOKEN,
      ),
    ).toEqual({ startLineNumber: 1, startColumn: 5, endLineNumber: 1, endColumn: 6 })
  })

  it('fall back to the segment for an absent claim, and to nothing in an empty token', () => {
    expect(
      findingRange(finding({ source: 'token', pointer: '/payload/nbf' }), TOKEN),
    ).toMatchObject({ startColumn: HEADER.length + 2 })
    expect(refRange({ source: 'token', pointer: '/payload/nbf' }, TOKEN)).toBeUndefined()
    expect(refRange({ source: 'token', pointer: '/payload' }, '')).toBeUndefined()
  })
})

describe('refRange', () => {
  it('spans the whole member, key included', () => {
    expect(
      refRange(
        {
          source: 'trustPolicy',
          pointer: '/Statement/0/Condition/StringEquals/oidc.example~1id~1X:sub',
        },
        TRUST,
      ),
    ).toEqual({ startLineNumber: 7, startColumn: 11, endLineNumber: 7, endColumn: 63 })
  })

  it('is undefined for a pointer that names nothing', () => {
    expect(refRange({ source: 'request', pointer: '/roleArn' }, '{}')).toBeUndefined()
  })
})

describe(editorMarkers, () => {
  it('keeps only the findings about its source', () => {
    const markers = editorMarkers('serviceAccount', SA, [
      finding({ source: 'serviceAccount', pointer: '/metadata/name', severity: 'warning' }),
      finding({ source: 'pod', pointer: '/metadata/name' }),
    ])
    expect(markers).toEqual([
      {
        startLineNumber: 4,
        startColumn: 9,
        endLineNumber: 4,
        endColumn: 19,
        severity: 'warning',
        message: 'm',
        code: 'test.code',
      },
    ])
  })
})

describe(severityCounts, () => {
  it('counts per severity over the given sources', () => {
    const all = [
      finding({ severity: 'error' }),
      finding({ severity: 'warning', source: 'token' }),
      finding({ severity: 'info', source: 'token' }),
      finding({ severity: 'warning', source: 'pod' }),
    ]
    expect(severityCounts(all, ['token', 'trustPolicy'])).toEqual({ error: 1, warning: 1, info: 1 })
  })
})

describe('invisible characters', () => {
  it('the marker covers the one invisible character, not the word around it', async () => {
    const { simulate } = await import('../../engine')
    const text =
      'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: uploader\u200b\n  namespace: photos\n'
    const trace = await simulate({
      version: 1,
      cluster: { issuer: 'https://example.com', jwks: { keys: [] } },
      serviceAccount: text,
      token: '',
      aws: { accountId: '111122223333', oidcProviders: [], roles: [] },
    })
    const finding = trace.findings.find((f) => f.code === 'text.invisible-character')
    expect(finding).toMatchObject({ source: 'serviceAccount', pointer: '/metadata/name' })
    expect(finding && findingRange(finding, text)).toEqual({
      startLineNumber: 4,
      startColumn: 17,
      endLineNumber: 4,
      endColumn: 18,
    })
  })
})
