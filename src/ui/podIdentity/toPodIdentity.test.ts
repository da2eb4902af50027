import { describe, expect, it } from 'vitest'
import { COMPARISON_NOTES_EN, simulate } from '../../engine'
import { decodeToken } from '../../engine/jwt'
import { en } from '../../i18n/locales/en'
import { createDefaultScenario } from '../../scenarios/defaultScenario'
import { draftFromScenario, scenarioFromDraft, type ScenarioDraft } from '../../scenarios/draft'
import type { SigningKey } from '../../state/scenarioSlice'
import { runPodIdentity, toPodIdentity } from './toPodIdentity'

const NOW = new Date('2026-11-29T12:01:00Z')

/** The scenario the store's run gives the engine for a draft. */
const irsaOf = (draft: ScenarioDraft) => scenarioFromDraft(draft).scenario

async function defaultDraft() {
  const { scenario, key } = await createDefaultScenario(NOW)
  const signingKey: SigningKey = { alg: 'RS256', ...key }
  return { draft: draftFromScenario(scenario), signingKey, scenario }
}

describe('toPodIdentity', () => {
  it('asks for the same pod’s token with the Pod Identity audience, signed by the cluster key', async () => {
    const { draft, signingKey } = await defaultDraft()
    const inputs = toPodIdentity(irsaOf(draft), signingKey)
    expect(inputs.demoKey).toBe(false)
    expect(inputs.key).toBe(signingKey)
    expect(inputs.irsa.token).toBe(draft.token)
    expect(inputs.tokenInput).toMatchObject({
      namespace: 'example',
      serviceAccount: 'example-sa',
      audiences: ['pods.eks.amazonaws.com'],
      expirationSeconds: 86400,
      now: '2026-11-29T12:00:00.000Z',
    })
  })

  it('the default scenario: both flows issue credentials, Pod Identity with its six session tags', async () => {
    const { draft, signingKey, scenario } = await defaultDraft()
    const [irsa, run] = await Promise.all([
      simulate(scenario),
      runPodIdentity(toPodIdentity(irsaOf(draft), signingKey)),
    ])
    expect(irsa.outcome).toBe('issued')
    if (!run.ok) throw new Error(run.error)
    expect(run.trace.outcome).toBe('issued')
    expect(run.demoKey).toBe(false)
    expect(run.scenario.associations[0]).toMatchObject({
      namespace: 'example',
      serviceAccount: 'example-sa',
      roleArn: 'arn:aws:iam::123456789012:role/example-role',
    })
    expect(JSON.parse(run.scenario.aws.roles[0]!.trustPolicy).Statement[0]).toMatchObject({
      Principal: { Service: 'pods.eks.amazonaws.com' },
      Action: ['sts:AssumeRole', 'sts:TagSession'],
    })
    expect(Object.keys(run.trace.sessionTags ?? {})).toHaveLength(6)
    expect(run.trace.call?.decision).toBe('Allow')
    expect(decodeToken(run.scenario.token).payload?.aud).toEqual(['pods.eks.amazonaws.com'])
  })

  it('a pasted token (no key here): a demo key signs and the cluster serves its public half', async () => {
    const { draft } = await defaultDraft()
    const inputs = toPodIdentity(irsaOf(draft))
    expect(inputs.demoKey).toBe(true)
    expect(inputs.key).toBeUndefined()
    const run = await runPodIdentity(inputs)
    if (!run.ok) throw new Error(run.error)
    expect(run.demoKey).toBe(true)
    expect(run.trace.outcome).toBe('issued')
    const kid = decodeToken(run.scenario.token).header?.kid
    expect(run.scenario.cluster.jwks.keys.map((k) => k.kid)).toEqual([kid])
  })

  it('the clock past the Pod Identity token’s exp: EKS Auth’s ExpiredTokenException', async () => {
    const { draft, signingKey } = await defaultDraft()
    const run = await runPodIdentity(
      toPodIdentity(irsaOf({ ...draft, now: '2026-11-30T13:00:00Z' }), signingKey),
    )
    if (!run.ok) throw new Error(run.error)
    expect(run.trace.error?.code).toBe('ExpiredTokenException')
  })
})

describe('the comparison notes in the catalogue', () => {
  it('are the engine’s English notes, key for key', () => {
    for (const [key, text] of Object.entries(COMPARISON_NOTES_EN)) {
      const [, row, side] = key.split('.') as [string, string, string]
      const rows = en.podIdentity.comparison as unknown as Record<string, Record<string, string>>
      expect(rows[row]?.[side], key).toBe(text)
    }
  })
})
