import { beforeAll, describe, expect, it } from 'vitest'
import { simulate, type IrsaTrace } from '../../engine'
import { createDefaultScenario } from '../../scenarios/defaultScenario'
import { draftFromScenario, scenarioFromDraft, type ScenarioDraft } from '../../scenarios/draft'
import { explainFailure } from './why'

let base: ScenarioDraft
beforeAll(async () => {
  base = draftFromScenario((await createDefaultScenario(new Date('2026-11-29T12:00:00Z'))).scenario)
})
const run = (patch: Partial<ScenarioDraft>): Promise<IrsaTrace> =>
  simulate(scenarioFromDraft({ ...base, ...patch }).scenario)

describe(explainFailure, () => {
  it('has nothing to explain when everything passed', async () => {
    expect(explainFailure(await run({}))).toBeUndefined()
  })

  it('names the audience the provider lacks', async () => {
    const why = explainFailure(
      await run({ oidcProviders: base.oidcProviders.replace('"sts.amazonaws.com"', '"x"') }),
    )
    expect(why).toMatchObject({ key: 'audience', values: { aud: 'sts.amazonaws.com' } })
    expect(why?.step.id).toBe('sts.audience')
  })

  it('points at the failing trust condition, with wanted and given values', async () => {
    const why = explainFailure(
      await run({ trustPolicy: base.trustPolicy.replace('example:example-sa', 'other:sa') }),
    )
    expect(why?.key).toBe('trustCondition')
    expect(why?.values).toMatchObject({
      operator: 'StringEquals',
      want: 'system:serviceaccount:other:sa',
      got: 'system:serviceaccount:example:example-sa',
    })
    expect(why?.values.key).toMatch(/:sub$/)
  })

  it('gives exp and the clock in UTC for an expired token', async () => {
    const why = explainFailure(await run({ now: '2026-12-03T00:00:00.000Z' }))
    expect(why).toMatchObject({ key: 'expired', values: { now: '2026-12-03 00:00:00 UTC' } })
    expect(why?.values.exp).toMatch(/^2026-11-30 11:59:00 UTC$/)
  })

  it('explains a denied API call after credentials were issued', async () => {
    const trace = await run({ permissionPolicy: '' })
    expect(trace.outcome).toBe('issued')
    expect(explainFailure(trace)).toMatchObject({
      key: 'apiDenied',
      values: { action: 's3:PutObject', decision: 'ImplicitDeny' },
    })
  })

  it('explains a missing provider and a missing role', async () => {
    expect(explainFailure(await run({ oidcProviders: '[]' }))?.key).toBe('noProvider')
    const why = explainFailure(
      await run({ serviceAccount: base.serviceAccount.replace('role/example-role', 'role/nope') }),
    )
    expect(why).toMatchObject({
      key: 'roleNotFound',
      values: { arn: 'arn:aws:iam::123456789012:role/nope' },
    })
  })
})
