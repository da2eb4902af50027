import { beforeAll, describe, expect, it } from 'vitest'
import { simulate, type Trace } from '../engine'
import { createDefaultScenario } from './defaultScenario'
import { draftFromScenario, scenarioFromDraft, type ScenarioDraft } from './draft'
import { fixesFor, type FixContext } from './fixes'

let base: ScenarioDraft
let publicJwk: Record<string, unknown>

beforeAll(async () => {
  const { scenario, key } = await createDefaultScenario(new Date('2026-11-29T12:00:00Z'))
  base = draftFromScenario(scenario)
  publicJwk = key.publicJwk
})

const run = (draft: ScenarioDraft): Promise<Trace> => simulate(scenarioFromDraft(draft).scenario)

const edit = (text: string, from: string, to: string) => {
  expect(text).toContain(from)
  return text.replace(from, to)
}

/** Each broken variant of the default draft, and the fix that should repair it. */
const cases: {
  name: string
  fixId: string
  breakDraft: (d: ScenarioDraft) => Partial<ScenarioDraft>
  context?: () => FixContext
}[] = [
  {
    name: 'the provider lacks the token audience',
    fixId: 'provider.add-client-id',
    breakDraft: (d) => ({ oidcProviders: edit(d.oidcProviders, '"sts.amazonaws.com"', '"other"') }),
  },
  {
    name: 'the trust policy names another ServiceAccount',
    fixId: 'trust.set-sub.trust.condition.0.0',
    breakDraft: (d) => ({
      trustPolicy: edit(d.trustPolicy, 'example:example-sa', 'other:other-sa'),
    }),
  },
  {
    name: 'a wildcard under StringEquals',
    fixId: 'trust.use-string-like.trust.condition.0.0',
    breakDraft: (d) => ({ trustPolicy: edit(d.trustPolicy, 'example:example-sa', 'example:*') }),
  },
  {
    name: "the ServiceAccount's annotation names a role that does not exist",
    fixId: 'role-arn.set',
    breakDraft: (d) => ({
      serviceAccount: edit(d.serviceAccount, 'role/example-role', 'role/missing-role'),
    }),
  },
  {
    name: 'no IAM OIDC provider for the issuer',
    fixId: 'provider.add',
    breakDraft: () => ({ oidcProviders: '[]' }),
  },
  {
    name: 'the token has expired',
    fixId: 'clock.before-exp',
    breakDraft: () => ({ now: '2026-12-03T00:00:00.000Z' }),
  },
  {
    name: 'DurationSeconds above the role maximum',
    fixId: 'request.remove-duration',
    breakDraft: () => ({ request: '{ "durationSeconds": 7200 }' }),
  },
  {
    name: 'DurationSeconds below the STS minimum',
    fixId: 'request.remove-duration',
    breakDraft: () => ({ request: '{ "durationSeconds": 100 }' }),
  },
  {
    name: 'a malformed role ARN annotation',
    fixId: 'role-arn.set',
    breakDraft: (d) => ({
      serviceAccount: edit(
        d.serviceAccount,
        'arn:aws:iam::123456789012:role',
        'arn:aws:iam::::123456789012:role',
      ),
    }),
  },
  {
    name: 'the annotation names a role that does not exist',
    fixId: 'role-arn.set',
    breakDraft: (d) => ({
      serviceAccount: edit(d.serviceAccount, 'role/example-role', 'role/nope'),
    }),
  },
  {
    name: 'no role-arn annotation at all',
    fixId: 'role-arn.set',
    breakDraft: (d) => ({
      serviceAccount: edit(d.serviceAccount, 'eks.amazonaws.com/role-arn', 'example.com/other'),
    }),
  },
  {
    name: 'no permission for the S3 upload',
    fixId: 'permission.allow-call',
    breakDraft: () => ({ permissionPolicy: '' }),
  },
  {
    name: 'the JWKS lacks the cluster key',
    fixId: 'jwks.publish-key',
    breakDraft: () => ({ jwks: '{ "keys": [] }' }),
    context: () => ({ publicJwk }),
  },
]

describe(fixesFor, () => {
  it('offers nothing when credentials are issued and the call is allowed', async () => {
    const trace = await run(base)
    expect(trace.outcome).toBe('issued')
    expect(fixesFor(base, trace)).toEqual([])
  })

  it.each(cases)('$name: $fixId makes the simulation pass', async (c) => {
    // Given a broken variant of the default scenario
    const broken = { ...base, ...c.breakDraft(base) }
    const before = await run(broken)
    expect(before.steps.some((s) => s.status === 'fail')).toBe(true)
    // When the fix is applied
    const fix = fixesFor(broken, before, c.context?.()).find((f) => f.id === c.fixId)
    expect(fix, `fixes: ${fixesFor(broken, before).map((f) => f.id)}`).toBeDefined()
    const fixed = { ...broken, ...fix!.apply(broken) }
    // Then credentials are issued and the upload is allowed
    const after = await run(fixed)
    expect(after.outcome).toBe('issued')
    expect(after.steps.filter((s) => s.status === 'fail').map((s) => s.id)).toEqual([])
  })

  it('changes only the input the failing step read', async () => {
    const broken = { ...base, oidcProviders: '[]' }
    const fix = fixesFor(broken, await run(broken))[0]!
    expect(Object.keys(fix.apply(broken))).toEqual(['oidcProviders'])
  })

  it('offers no Allow when an explicit Deny refuses the call', async () => {
    const deny = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }],
    })
    const broken = { ...base, permissionPolicy: deny }
    expect(fixesFor(broken, await run(broken)).map((f) => f.id)).toEqual([])
  })
})
