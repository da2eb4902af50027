import { beforeAll, describe, expect, it } from 'vitest'
import { generateClusterKey, simulate } from '../../engine'
import type { PresetMaterial } from '../presets/blog'
import { EVENT } from './testing/cloudTrail'
import { evidenceInPaste, evidenceScenario } from './evidenceScenario'
import { GET_ROLE, TRUST_POLICY } from './testing/samples'

let material: PresetMaterial
beforeAll(async () => {
  material = { key: await generateClusterKey('RS256'), issuedAt: '2026-12-05T02:12:09.000Z' }
}, 30_000)

describe('evidence as a scenario', { timeout: 30_000 }, () => {
  it('a CloudTrail AccessDenied pasted with get-role reproduces AccessDenied', async () => {
    const [evidence] = evidenceInPaste(`${JSON.stringify(EVENT, null, 2)}\n${GET_ROLE}`)
    expect(evidence?.errorCode).toBe('AccessDenied')
    const scenario = await evidenceScenario(evidence!, JSON.stringify(TRUST_POLICY), material)
    const trace = await simulate(scenario!)
    expect(trace.outcome).toBe('denied')
    expect(trace.error?.code).toBe('AccessDenied')
  })

  it('without the trust policy an AccessDenied is not reproduced (nothing is invented)', async () => {
    const [evidence] = evidenceInPaste(JSON.stringify(EVENT))
    expect(await evidenceScenario(evidence!, undefined, material)).toBeUndefined()
  })

  it('"No OpenIDConnect provider found" reproduces with the provider missing', async () => {
    const [evidence] = evidenceInPaste(
      'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: No OpenIDConnect provider found in your account for https://oidc.eks.eu-west-1.amazonaws.com/id/ABC',
    )
    const payloadSub = { ...evidence!, sub: 'system:serviceaccount:a:b' }
    const trace = await simulate((await evidenceScenario(payloadSub, undefined, material))!)
    expect(trace.error?.code).toBe('InvalidIdentityToken')
  })
})
