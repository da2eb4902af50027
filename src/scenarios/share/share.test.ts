import { compressToEncodedURIComponent } from 'lz-string'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateClusterKey, simulate } from '../../engine'
import type { ClusterKey } from '../../engine/jwt'
import { draftFromScenario, scenarioFromDraft, type ScenarioDraft } from '../draft'
import { PRESETS } from '../presets'
import { decodeShareFragment, encodeSharePayload } from './codec'
import { createShareLink, materializeShare, type DemoKey } from './link'

let key: ClusterKey
let demoKey: DemoKey
/**
 * The receiver's demo key, made once: not the sender's (so a link that leans on the sender's key
 * still fails), without an RSA key generation per link. One test opens its link the way the app
 * does, with a key made on the spot.
 */
let receiverKey: ClusterKey
beforeAll(async () => {
  ;[key, receiverKey] = await Promise.all([
    generateClusterKey('RS256'),
    generateClusterKey('RS256'),
  ])
  demoKey = { alg: 'RS256', kid: key.kid, privateJwk: key.privateJwk, publicJwk: key.publicJwk }
})

const issuedAt = '2026-11-29T12:00:00.000Z'
const summary = async (draft: ScenarioDraft) => {
  const trace = await simulate(scenarioFromDraft(draft).scenario)
  return {
    outcome: trace.outcome,
    error: trace.error,
    failed: trace.steps.find((s) => s.status === 'fail')?.id,
    call: trace.call?.decision,
  }
}

async function roundTrip(
  presetId: string,
  draft: ScenarioDraft,
  realToken?: 'include' | 'redact',
  receiver: 'shared key' | 'fresh key' = 'shared key',
) {
  const link = await createShareLink({ presetId, draft, signingKey: demoKey }, realToken)
  const decoded = decodeShareFragment(`#${link.fragment}`)
  if (!decoded?.ok) throw new Error(`link did not decode: ${JSON.stringify(decoded)}`)
  const shared = await materializeShare(
    decoded.payload,
    receiver === 'shared key' ? receiverKey : undefined,
  )
  return { link, shared }
}

describe('share links', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))(
    '%s round-trips to the same verdict',
    async (_id, preset) => {
      // Given
      const draft = draftFromScenario(await preset.build({ key, issuedAt }))
      // When
      const { link, shared } = await roundTrip(preset.id, draft)
      // Then
      expect(await summary(shared.draft)).toEqual(await summary(draft))
      expect(link.fragment.length + 1).toBeLessThanOrEqual(80)
    },
  )

  it('carries the edited default scenario in at most 600 characters, with the same verdict', async () => {
    // Given: the namespace changed in the ServiceAccount and the pod, and the clock moved
    const base = draftFromScenario(await PRESETS[0]!.build({ key, issuedAt }))
    const draft: ScenarioDraft = {
      ...base,
      serviceAccount: base.serviceAccount.replace('namespace: example', 'namespace: payments'),
      pod: base.pod.replace('namespace: example', 'namespace: payments'),
      now: '2026-11-29T18:00:00.000Z',
      trustPolicy: base.trustPolicy.replace('"StringEquals"', '"StringLike"'),
    }
    // When
    const { link, shared } = await roundTrip('happy-path', draft)
    // Then
    expect(link.fragment.length + 1).toBeLessThanOrEqual(600)
    expect(shared.draft.serviceAccount).toBe(draft.serviceAccount)
    expect(await summary(shared.draft)).toEqual(await summary(draft))
  })

  it('re-signs edited claims with a fresh demo key, keeping the verdict', async () => {
    const base = draftFromScenario(await PRESETS[0]!.build({ key, issuedAt }))
    const other = await (
      await import('../../engine/jwt')
    ).signClaims(
      {
        ...JSON.parse(atob(base.token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))),
        sub: 'system:serviceaccount:example:other',
      },
      key,
    )
    const draft = { ...base, token: other }
    const { shared } = await roundTrip('happy-path', draft, undefined, 'fresh key')
    expect(shared.resigned).toBe(true)
    expect(shared.signingKey.kid).not.toBe(key.kid)
    expect(await summary(shared.draft)).toEqual(await summary(draft))
  })

  it('never puts a real token in a link unless asked; redacted links keep the claims', async () => {
    const base = draftFromScenario(await PRESETS[0]!.build({ key, issuedAt }))
    const realSource = { presetId: 'happy-path', draft: base } // no demo key: the token is real
    const redacted = await createShareLink(realSource, 'redact')
    expect(redacted.origin).toBe('real')
    const decoded = decodeShareFragment(redacted.fragment)
    expect(decoded?.ok && decoded.payload.token).toBeFalsy()
    expect(decoded?.ok && decoded.payload.redacted).toBe(true)
    expect(redacted.fragment).not.toContain(base.token.split('.')[2]!.slice(0, 20))
    const included = decodeShareFragment((await createShareLink(realSource, 'include')).fragment)
    expect(included?.ok && included.payload.token).toBe(base.token)
  })

  it.each([
    {
      name: 'truncated',
      fragment: () =>
        '#s=' + compressToEncodedURIComponent('{"v":1,"p":"happy-path"}').slice(0, 10),
      reason: 'corrupt',
    },
    { name: 'garbage', fragment: () => '#s=%%%not-lz', reason: 'corrupt' },
    {
      name: 'not JSON',
      fragment: () => '#s=' + compressToEncodedURIComponent('{oops'),
      reason: 'corrupt',
    },
    {
      name: 'from a newer version',
      fragment: () => '#s=' + compressToEncodedURIComponent('{"v":99,"p":"happy-path"}'),
      reason: 'too-new',
    },
    { name: 'oversized', fragment: () => '#s=' + 'A'.repeat(70_000), reason: 'too-large' },
    {
      name: 'unknown preset',
      fragment: () => '#p=<script>alert(1)</script>',
      reason: 'unknown-preset',
    },
    {
      name: 'wrong field type',
      fragment: () =>
        '#s=' + compressToEncodedURIComponent('{"v":1,"p":"happy-path","d":{"trustPolicy":42}}'),
      reason: 'invalid',
    },
    {
      name: 'unknown field',
      fragment: () =>
        '#s=' + compressToEncodedURIComponent('{"v":1,"p":"happy-path","d":{"__proto__":{"x":1}}}'),
      reason: 'invalid',
    },
    {
      name: 'no version',
      fragment: () => '#s=' + compressToEncodedURIComponent('{"p":"happy-path"}'),
      reason: 'invalid',
    },
  ])('refuses a bad link: $name', ({ fragment, reason }) => {
    const decoded = decodeShareFragment(fragment())
    expect(decoded).toMatchObject({ ok: false, reason })
  })

  it('carries an import’s not-provided inputs and existing role, so the verdict stays undecided', async () => {
    const base = draftFromScenario(await PRESETS[0]!.build({ key, issuedAt }))
    const imported: ScenarioDraft = {
      ...base,
      jwks: '',
      issuer: '',
      notProvided: ['jwks', 'issuer'],
      existingRole: true,
    }
    const { shared } = await roundTrip(PRESETS[0]!.id, imported)
    expect(shared.draft.notProvided).toEqual(['jwks', 'issuer'])
    expect(shared.draft.existingRole).toBe(true)
    expect(shared.draft.jwks).toBe('')
    const sent = await simulate(scenarioFromDraft(imported).scenario)
    const received = await simulate(scenarioFromDraft(shared.draft).scenario)
    expect(received.unknown).toEqual(sent.unknown)
    expect(received.unknown).toBeDefined()
  })

  it('refuses a link whose not-provided list names something else', () => {
    const bad = `#s=${compressToEncodedURIComponent(
      JSON.stringify({ v: 1, p: PRESETS[0]!.id, d: { notProvided: ['password'] } }),
    )}`
    expect(decodeShareFragment(bad)).toMatchObject({ ok: false, reason: 'invalid' })
  })

  it('ignores fragments that are not share links', () => {
    expect(decodeShareFragment('')).toBeUndefined()
    expect(decodeShareFragment('#step=3')).toBeUndefined()
  })

  it('decodes the first version of the format (fixture kept for migrations)', () => {
    // A v1 link as IRSA Lab 0.1 wrote it.
    const v1 =
      's=' + compressToEncodedURIComponent('{"v":1,"p":"wrong-namespace","i":1795953600,"s":4}')
    expect(decodeShareFragment(v1)).toEqual({
      ok: true,
      payload: { presetId: 'wrong-namespace', issuedAt: 1795953600, draft: {}, step: 4 },
    })
  })

  it('never throws on arbitrary fragments', () => {
    fc.assert(
      fc.property(fc.string(), fc.jsonValue(), (text, json) => {
        decodeShareFragment(text)
        decodeShareFragment('s=' + compressToEncodedURIComponent(JSON.stringify(json) ?? ''))
        decodeShareFragment('s=' + text)
      }),
    )
  })

  it('writes a preset without edits as a short, readable link', () => {
    expect(encodeSharePayload({ presetId: 'expired-token', draft: {} })).toBe('p=expired-token')
  })
})
