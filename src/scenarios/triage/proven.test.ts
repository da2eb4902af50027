import { beforeAll, describe, expect, it } from 'vitest'
import { generateClusterKey, simulate, type Trace } from '../../engine'
import type { ClusterKey } from '../../engine/jwt'
import { PRESETS } from '../presets'
import { errorFacts, principalOf, proofFor, PROOF_RULES } from './proven'

let key: ClusterKey
beforeAll(async () => {
  key = await generateClusterKey('RS256')
}, 30_000)

/** The gallery's failures as the engine reports them: the STS error, or the API call's. */
async function galleryFailures(): Promise<{ id: string; trace: Trace }[]> {
  const out: { id: string; trace: Trace }[] = []
  for (const preset of PRESETS) {
    const trace = await simulate(await preset.build({ key, issuedAt: '2026-11-29T12:00:00.000Z' }))
    out.push({ id: preset.id, trace })
  }
  return out
}

function factsOf(trace: Trace) {
  if (trace.error)
    return {
      operation: 'AssumeRoleWithWebIdentity' as const,
      code: trace.error.code,
      message: trace.error.message,
    }
  const call = trace.steps.find((s) => s.id === 'api.call' && s.status === 'fail')
  const error = call?.data?.error as { code: string; message: string } | undefined
  if (!error) return undefined
  return {
    operation: 'api' as const,
    code: error.code,
    message: error.message,
    principal: principalOf(error.message),
  }
}

describe('proven by your error', () => {
  it('every rule is consistent with the engine: on each gallery failure it matches, the steps it proves passed and its step is the one that failed', async () => {
    let matched = 0
    for (const { id, trace } of await galleryFailures()) {
      const facts = factsOf(trace)
      if (!facts) continue
      const proof = proofFor(facts)
      if (!proof) continue
      matched++
      const status = (stepId: string) => trace.steps.find((s) => s.id === stepId)?.status
      for (const step of proof.steps) expect(status(step), `${id}: ${step}`).toBe('pass')
      const failed = trace.steps.filter((s) => s.status === 'fail').map((s) => s.id)
      expect(failed, id).toContain(proof.rule.failsAt)
    }
    expect(matched).toBeGreaterThanOrEqual(12)
  }, 60_000)

  it('an STS AccessDenied proves the provider, audience, signature and time; not the role’s existence', () => {
    const proof = proofFor({
      code: 'AccessDenied',
      message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
    })
    expect(proof?.rule.id).toBe('sts-access-denied')
    expect(proof?.steps).toEqual(
      expect.arrayContaining([
        'iam.provider',
        'sts.audience',
        'jwt.key',
        'jwt.signature',
        'jwt.time',
      ]),
    )
    expect(proof?.steps).not.toContain('iam.role')
    expect(proof?.steps).not.toContain('trust.evaluate')
  })

  it('Incorrect token audience proves the provider was found, and nothing after it', () => {
    const proof = proofFor({
      code: 'InvalidIdentityTokenException',
      message: 'Incorrect token audience',
    })
    expect(proof?.rule.id).toBe('incorrect-audience')
    expect(proof?.steps).toContain('iam.provider')
    expect(proof?.steps).not.toContain('sts.audience')
    expect(proof?.steps).not.toContain('jwt.signature')
  })

  it('an S3 AccessDenied on the assumed role proves the whole STS chain; on the node role, nothing of it', () => {
    const role = errorFacts(
      'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::111122223333:assumed-role/photo-uploader/botocore-session-1 is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/k"',
    )
    expect(role).toMatchObject({ operation: 'api', code: 'AccessDenied', principal: 'assumedRole' })
    expect(proofFor(role)?.steps).toEqual(
      expect.arrayContaining(['trust.evaluate', 'sts.credentials']),
    )
    const node = errorFacts(
      'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::111122223333:assumed-role/eksctl-nodegroup-NodeInstanceRole-1X/i-0a1b2c3d4e5f67890 is not authorized to perform: s3:PutObject',
    )
    expect(node.principal).toBe('nodeRole')
    expect(proofFor(node)).toMatchObject({ steps: [], rule: { failsAt: 'sdk.credential-chain' } })
  })

  it('claims nothing for an error the table does not know, and never throws on other input', () => {
    expect(proofFor({ code: 'Throttling', message: 'Rate exceeded' })).toBeUndefined()
    expect(proofFor({})).toBeUndefined()
    for (const input of [undefined, 42, '', 'x'.repeat(200_000), 'AccessDenied', '{}'])
      expect(() => errorFacts(input)).not.toThrow()
  })

  it('every rule cites its AWS source and proves steps in the chain’s order', () => {
    const order = [
      'sdk.credential-chain',
      'sts.request',
      'sts.token',
      'iam.provider',
      'sts.audience',
      'oidc.discovery',
      'oidc.jwks',
      'jwt.key',
      'jwt.signature',
      'jwt.time',
      'iam.role',
      'trust.evaluate',
      'sts.duration',
      'sts.credentials',
    ]
    for (const rule of PROOF_RULES) {
      expect(rule.sources.length, rule.id).toBeGreaterThan(0)
      for (const url of rule.sources)
        expect(url).toMatch(
          /^https:\/\/(docs\.aws\.amazon\.com|repost\.aws|boto3\.amazonaws\.com)\//,
        )
      const indexes = rule.proves.map((s) => order.indexOf(s))
      expect(
        indexes.every((i) => i >= 0),
        rule.id,
      ).toBe(true)
      expect(indexes).toEqual([...indexes].sort((a, b) => a - b))
    }
  })
})
