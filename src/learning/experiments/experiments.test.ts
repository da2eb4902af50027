import { beforeAll, describe, expect, it } from 'vitest'
import { generateClusterKey, simulate } from '../../engine'
import type { ClusterKey } from '../../engine/jwt'
import { draftFromScenario, scenarioFromDraft, type ScenarioDraft } from '../../scenarios/draft'
import { PRESETS, findPreset } from '../../scenarios/presets'
import { mintToken } from '../challenges/runs'
import { experimentsFor, type Experiment } from './experiments'

let key: ClusterKey
beforeAll(async () => {
  key = await generateClusterKey('RS256')
})
const material = () => ({ key, issuedAt: '2026-11-29T12:00:00.000Z' })
const run = (d: ScenarioDraft) => simulate(scenarioFromDraft(d).scenario)
const draftOf = async (id: string) => draftFromScenario(await findPreset(id)!.build(material()))

/** Applies an experiment and checks that the verdict changes as its label says. */
async function expectEffect(draft: ScenarioDraft, experiment: Experiment) {
  const next = { ...draft, ...experiment.apply(draft) }
  expect(next, experiment.id).not.toEqual(draft)
  const trace = await run(next)
  switch (experiment.effect) {
    case 'denied':
      expect(trace.outcome, experiment.id).not.toBe('issued')
      break
    case 'issued':
      expect(trace.outcome, experiment.id).toBe('issued')
      break
    case 'call-denied':
      expect(trace.outcome).toBe('issued')
      expect(trace.call?.decision, experiment.id).not.toBe('Allow')
      break
    case 'others-issued': {
      const token = await mintToken(next, key, { namespace: 'dev', serviceAccount: 'debug-shell' })
      expect((await run({ ...next, token })).outcome, experiment.id).toBe('issued')
    }
  }
}

describe(experimentsFor, () => {
  it('offers the attacker’s experiments first on the happy path, each changing the verdict as labelled', async () => {
    const draft = await draftOf('happy-path')
    const experiments = experimentsFor(draft, await run(draft))
    expect(experiments.map((e) => e.id).slice(0, 2)).toEqual(['remove-sub', 'clock-past-exp'])
    expect(experiments.length).toBeGreaterThanOrEqual(8)
    for (const experiment of experiments) await expectEffect(draft, experiment)
  })

  it.each([
    ['string-equals-wildcard', 'equals-to-like'],
    ['aud-sub-swapped', 'swap-aud-sub'],
    ['expired-token', 'clock-back'],
    ['duration-above-max', 'raise-max-session'],
  ])('%s: puts %s first, and it works', async (presetId, first) => {
    const draft = await draftOf(presetId)
    const experiments = experimentsFor(draft, await run(draft), presetId)
    expect(experiments[0]?.id).toBe(first)
    await expectEffect(draft, experiments[0]!)
  })

  it('offers something for every gallery scenario', async () => {
    for (const preset of PRESETS) {
      const draft = draftFromScenario(await preset.build(material()))
      expect(experimentsFor(draft, await run(draft), preset.id).length, preset.id).toBeGreaterThan(
        0,
      )
    }
  })

  it('offers nothing that needs a :sub when the policy has none, and survives broken JSON', async () => {
    const draft = await draftOf('no-sub-condition')
    const ids = experimentsFor(draft, await run(draft)).map((e) => e.id)
    expect(ids).not.toContain('remove-sub')
    const broken = { ...draft, trustPolicy: '{', oidcProviders: '[', request: 'x' }
    const list = experimentsFor(broken, await run(broken))
    for (const e of list) expect(() => e.apply(broken)).not.toThrow()
  })
})
