import { beforeAll, describe, expect, it } from 'vitest'
import { generateClusterKey, simulate } from '../../engine'
import type { PresetMaterial } from '../presets/blog'
import { auditRole, providerIndex } from './audit'
import { roleScenario, roleScenarioOptions, subjectIdentity } from './roleScenario'
import { SAMPLE_HOST, sampleTrustPolicy } from './sample'

let material: PresetMaterial
beforeAll(async () => {
  material = { key: await generateClusterKey('RS256'), issuedAt: '2026-12-01T00:00:00.000Z' }
}, 30_000)

const providers = [{ hostPath: SAMPLE_HOST }]
const audited = (i: number) =>
  auditRole(
    {
      arn: `arn:aws:iam::111122223333:role/team/r${i}`,
      name: `r${i}`,
      trustPolicy: JSON.stringify(sampleTrustPolicy(i)),
      origin: 'test',
    },
    providerIndex(providers),
  )

describe('roleScenario', { timeout: 30_000 }, () => {
  it('takes the identity from the first admitted subject', () => {
    expect(roleScenarioOptions(audited(0), providers)).toMatchObject({
      issuer: `https://${SAMPLE_HOST}`,
      namespace: 'payments',
      serviceAccount: 'payments-app-0',
      accountId: '111122223333',
      roleName: 'r0',
    })
    expect(subjectIdentity('system:serviceaccount:billing:*')).toEqual({
      namespace: 'billing',
      serviceAccount: 'app',
    })
  })

  it('a well-scoped role issues credentials; a role trusting a missing provider reproduces its error', async () => {
    const ok = await simulate(await roleScenario(audited(0), providers, material))
    expect(ok.outcome).toBe('issued')
    const gone = await simulate(await roleScenario(audited(17), providers, material))
    expect(gone.outcome).toBe('denied')
    expect(gone.error?.code).toBe('InvalidIdentityToken')
  })

  it('a StringEquals with a wildcard is denied (compared literally)', async () => {
    const trace = await simulate(await roleScenario(audited(11), providers, material))
    expect(trace.outcome).toBe('denied')
    expect(trace.error?.code).toBe('AccessDenied')
  })
})
