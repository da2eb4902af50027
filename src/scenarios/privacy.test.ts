import { describe, expect, it } from 'vitest'
import { fileDraft, PRIVATE_JWK_MEMBERS, REDACTED, redactPod, stripPrivateJwk } from './privacy'

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: app
  annotations:
    eks.amazonaws.com/skip-containers: sidecar
    db: postgres://admin:hunter2@db:5432/app
spec:
  serviceAccountName: example-sa
  containers:
    - name: app
      image: app:1
      env:
        - name: AWS_REGION
          value: eu-west-1
        - name: DB_PASSWORD
          value: hunter2
        - name: AWS_SECRET_ACCESS_KEY
          value: wJalrXUtnFEMI
        - name: FROM_SECRET
          valueFrom:
            secretKeyRef: { name: s, key: k }
`

describe('redactPod', () => {
  it('replaces env values and annotations, except the settings the engine reads', () => {
    const { pod, count, dropped } = redactPod(POD)
    expect(dropped).toBe(false)
    expect(count).toBe(3)
    expect(pod).not.toContain('hunter2')
    expect(pod).not.toContain('wJalrXUtnFEMI')
    expect(pod).toContain('eu-west-1')
    expect(pod).toContain('eks.amazonaws.com/skip-containers: sidecar')
    expect(pod).toContain(REDACTED)
    expect(pod).toContain('secretKeyRef')
    // Idempotent: a redacted pod has nothing left to redact.
    expect(redactPod(pod).count).toBe(0)
  })

  it('keeps nothing of a pod it cannot read', () => {
    expect(redactPod('env: [unclosed\n  value: secret')).toEqual({
      pod: '',
      count: 0,
      dropped: true,
    })
  })

  it('leaves a pod without env or annotations as it is', () => {
    const pod = 'kind: Pod\nspec:\n  containers: []\n'
    expect(redactPod(pod)).toEqual({ pod, count: 0, dropped: false })
  })
})

describe('stripPrivateJwk', () => {
  it('removes every private member of every key', () => {
    const key = Object.fromEntries(PRIVATE_JWK_MEMBERS.map((m) => [m, 'secret']))
    const jwks = JSON.stringify({ keys: [{ kty: 'RSA', kid: 'a', n: 'x', e: 'AQAB', ...key }] })
    const result = stripPrivateJwk(jwks)
    expect(result.stripped).toBe(true)
    expect(JSON.parse(result.jwks)).toEqual({ keys: [{ kty: 'RSA', kid: 'a', n: 'x', e: 'AQAB' }] })
  })

  it('a single JWK, public keys, and unreadable text', () => {
    expect(stripPrivateJwk('{"kty":"EC","d":"x","x":"1"}')).toEqual({
      jwks: JSON.stringify({ kty: 'EC', x: '1' }, null, 2),
      stripped: true,
    })
    const pub = '{"keys":[{"kty":"RSA","n":"x","e":"AQAB"}]}'
    expect(stripPrivateJwk(pub)).toEqual({ jwks: pub, stripped: false })
    expect(stripPrivateJwk('{"keys":[{"d": "x",')).toEqual({ jwks: '', stripped: true })
  })
})

describe('fileDraft', () => {
  const JWKS_PRIVATE = JSON.stringify({
    keys: [{ kty: 'RSA', kid: 'k', n: 'AQAB', e: 'AQAB', d: 'secret' }],
  })
  const base = { token: 'aGVhZA.cGF5bG9hZA.c2ln', pod: POD, jwks: JWKS_PRIVATE, roleName: 'r' }

  it('by default removes a real token’s signature, redacts the pod and strips private key members', () => {
    const { draft, contents } = fileDraft(base, 'real')
    expect(draft.token).toBe('aGVhZA.cGF5bG9hZA.')
    expect(draft.pod).not.toContain('hunter2')
    expect(draft.jwks).not.toContain('secret')
    expect(draft.roleName).toBe('r')
    expect(contents).toEqual({
      token: 'unsigned',
      pod: { kind: 'redacted', count: 3 },
      privateJwkRemoved: true,
    })
  })

  it('keeps the real token and pod values only when the user includes them; never private keys', () => {
    const { draft, contents } = fileDraft(base, 'real', 'include')
    expect(draft.token).toBe(base.token)
    expect(draft.pod).toBe(POD)
    expect(draft.jwks).not.toContain('secret')
    expect(contents.token).toBe('real')
    expect(contents.pod.kind).toBe('included')
  })

  it('leaves a demo token and a pod without secrets as they are', () => {
    const plain = { token: base.token, pod: 'kind: Pod\n', jwks: '{"keys":[]}' }
    const { draft, contents } = fileDraft(plain, 'generated')
    expect(draft).toEqual(plain)
    expect(contents).toEqual({
      token: 'demo',
      pod: { kind: 'none', count: 0 },
      privateJwkRemoved: false,
    })
  })
})
