import { describe, expect, it } from 'vitest'
import { simulate } from '../simulate'
import { baseScenario, ISSUER } from '../testing/scenarioFixtures'
import { COMPARISON, COMPARISON_NOTES_EN } from './comparison'
import { podIdentityFromIrsa, podIdentityTokenInput, POD_IDENTITY_TRUST_POLICY } from './fromIrsa'
import { simulatePodIdentity } from './simulatePodIdentity'
import { clusterKey, podIdentityToken } from './testing'
import { issueServiceAccountToken } from '../jwt'

const NOW = '2026-11-29T12:01:00Z'

describe('podIdentityFromIrsa', () => {
  it('derives the same workload: association, Pod Identity trust, same permissions', async () => {
    const key = await clusterKey()
    const irsa = baseScenario(key, await podIdentityToken({ audiences: ['sts.amazonaws.com'] }))
    const pi = podIdentityFromIrsa(irsa)
    expect(pi.associations).toEqual([
      {
        clusterName: 'example-cluster',
        namespace: 'example',
        serviceAccount: 'example-sa',
        roleArn: 'arn:aws:iam::123456789012:role/example-role',
      },
    ])
    expect(pi.cluster.arn).toBe('arn:aws:eks:ap-northeast-2:123456789012:cluster/example-cluster')
    expect(pi.cluster.issuer).toBe(ISSUER)
    expect(pi.aws.roles[0]!.trustPolicy).toBe(POD_IDENTITY_TRUST_POLICY)
    expect(pi.aws.roles[0]!.permissionPolicies).toEqual(irsa.aws.roles[0]!.permissionPolicies)
    expect(pi.serviceAccount).not.toContain('role-arn')
    expect(pi.serviceAccount).toContain('name: example-sa')
  })

  it('side by side: IRSA and Pod Identity both issue credentials for the same workload', async () => {
    // Given an IRSA scenario and a token re-issued for Pod Identity from podIdentityTokenInput
    const key = await clusterKey()
    const irsa = baseScenario(key, await podIdentityToken({ audiences: ['sts.amazonaws.com'] }))
    const token = await issueServiceAccountToken({ ...podIdentityTokenInput(irsa), key })
    // When both flows run
    const [a, b] = await Promise.all([
      simulate(irsa, { now: NOW }),
      simulatePodIdentity(podIdentityFromIrsa(irsa, { token }), { now: NOW }),
    ])
    // Then both succeed and the upload is allowed in both
    expect([a.outcome, b.outcome]).toEqual(['issued', 'issued'])
    expect([a.call?.decision, b.call?.decision]).toEqual(['Allow', 'Allow'])
  })

  it('podIdentityTokenInput keeps subject, pod and issue time, with the Pod Identity audience', async () => {
    const irsa = baseScenario(
      await clusterKey(),
      await podIdentityToken({ audiences: ['sts.amazonaws.com'] }),
    )
    expect(podIdentityTokenInput(irsa)).toEqual({
      issuer: ISSUER,
      namespace: 'example',
      serviceAccount: 'example-sa',
      audiences: ['pods.eks.amazonaws.com'],
      expirationSeconds: 86400,
      pod: { name: 'example-pod', uid: '0b0f7b1e-5a4c-4d38-9a57-1c2d3e4f5a6b' },
      now: '2026-11-29T12:00:00.000Z',
    })
  })

  it.each([
    { name: 'empty object', input: {} },
    { name: 'null', input: null },
    { name: 'garbage fields', input: { cluster: 1, aws: 'x', serviceAccount: [] } },
  ])('never throws: $name', ({ input }) => {
    expect(() => podIdentityFromIrsa(input as never)).not.toThrow()
    expect(() => podIdentityTokenInput(input as never)).not.toThrow()
  })
})

describe('COMPARISON', () => {
  it('covers the spec §8 aspects, with unique keys', () => {
    const keys = COMPARISON.map((r) => r.key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const key of [
      'trustPrincipal',
      'trustActions',
      'iamSetup',
      'tokenAudience',
      'tokenPath',
      'envVars',
      'whoCallsAws',
      'sessionTags',
      'crossClusterReuse',
      'platforms',
    ])
      expect(keys).toContain(key)
  })

  it('every note key has its English source text', () => {
    const notes = COMPARISON.flatMap((r) => [r.irsa.note, r.podIdentity.note]).filter(
      (n): n is string => n !== undefined,
    )
    for (const n of notes) expect(COMPARISON_NOTES_EN[n]).toBeTruthy()
  })
})
