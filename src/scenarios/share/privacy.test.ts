import { beforeAll, describe, expect, it } from 'vitest'
import { generateClusterKey } from '../../engine'
import type { ClusterKey } from '../../engine/jwt'
import { draftFromScenario, type ScenarioDraft } from '../draft'
import { PRESETS } from '../presets'
import { decodeShareFragment } from './codec'
import { createShareLink, materializeShare, type DemoKey } from './link'

let key: ClusterKey
let demoKey: DemoKey
let base: ScenarioDraft
/** The receiver's demo key, made once (not the sender's), instead of one RSA key per link. */
let receiverKey: ClusterKey
beforeAll(async () => {
  ;[key, receiverKey] = await Promise.all([
    generateClusterKey('RS256'),
    generateClusterKey('RS256'),
  ])
  demoKey = { alg: 'RS256', kid: key.kid, privateJwk: key.privateJwk, publicJwk: key.publicJwk }
  base = draftFromScenario(await PRESETS[0]!.build({ key, issuedAt: '2026-11-29T12:00:00.000Z' }))
})

const withSecrets = (draft: ScenarioDraft): ScenarioDraft => ({
  ...draft,
  pod: draft.pod.replace(
    /metadata:\n/,
    'metadata:\n  annotations:\n    db: postgres://admin:hunter2@db/app\n',
  ),
})

async function open(fragment: string) {
  const decoded = decodeShareFragment(`#${fragment}`)
  if (!decoded?.ok) throw new Error(JSON.stringify(decoded))
  return materializeShare(decoded.payload, receiverKey)
}

describe('share links are redacted by default (issue #15)', () => {
  it('replaces pod annotations and env values, and lists it', async () => {
    const draft = withSecrets(base)
    expect(draft.pod).toContain('hunter2')
    const link = await createShareLink({ presetId: PRESETS[0]!.id, draft, signingKey: demoKey })
    expect(link.contents.pod).toEqual({ kind: 'redacted', count: 1 })
    expect(link.contents.fields).toContain('pod')
    const shared = await open(link.fragment)
    expect(shared.draft.pod).not.toContain('hunter2')
    expect(shared.draft.pod).toContain('REDACTED')
  })

  it('includes them with the explicit choice, and says so', async () => {
    const draft = withSecrets(base)
    const link = await createShareLink(
      { presetId: PRESETS[0]!.id, draft, signingKey: demoKey },
      'include',
    )
    expect(link.contents.pod.kind).toBe('included')
    expect((await open(link.fragment)).draft.pod).toContain('hunter2')
  })

  it('never puts private JWK members in a link, even with the real token included', async () => {
    const jwks = JSON.parse(base.jwks) as { keys: Record<string, unknown>[] }
    const draft: ScenarioDraft = {
      ...base,
      token: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln',
      jwks: JSON.stringify({
        keys: jwks.keys.map((k) => ({ ...k, d: 'PRIVATE-D', p: 'PRIVATE-P' })),
      }),
    }
    const link = await createShareLink(
      { presetId: PRESETS[0]!.id, draft, signingKey: demoKey },
      'include',
    )
    expect(link.origin).toBe('real')
    expect(link.contents.token).toBe('real')
    expect(link.contents.privateJwkRemoved).toBe(true)
    const shared = await open(link.fragment)
    expect(shared.draft.token).toBe(draft.token)
    expect(shared.draft.jwks).not.toContain('PRIVATE')
  })

  it('a real token travels as claims only unless included', async () => {
    const draft: ScenarioDraft = { ...base, token: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln' }
    const link = await createShareLink({ presetId: PRESETS[0]!.id, draft, signingKey: demoKey })
    expect(link.contents.token).toBe('claims')
    expect(link.fragment).not.toContain('c2ln')
  })
})
