import { beforeAll, describe, expect, it } from 'vitest'
import { generateClusterKey, simulate, type Trace } from '../../engine'
import type { ClusterKey } from '../../engine/jwt'
import { draftFromScenario, scenarioFromDraft, type ScenarioDraft } from '../../scenarios/draft'
import { findPreset } from '../../scenarios/presets'
import * as checks from './checks'
import * as demos from './demos'
import { TOUR_STOPS } from './stops'

let key: ClusterKey
beforeAll(async () => {
  key = await generateClusterKey('RS256')
})

const issuedAt = '2026-11-29T12:00:00.000Z'

async function presetDraft(id: string): Promise<ScenarioDraft> {
  return draftFromScenario(await findPreset(id)!.build({ key, issuedAt }))
}

async function run(draft: ScenarioDraft): Promise<Trace> {
  return simulate(scenarioFromDraft(draft).scenario)
}

const TASK_CHECKS = TOUR_STOPS.filter((s) => s.check)

describe('the tour checks on real traces', () => {
  it('the blog post scenario is the baseline, and no task is done in it', async () => {
    // Given
    const draft = await presetDraft('happy-path')
    // When
    const trace = await run(draft)
    // Then
    expect(checks.baseline(trace, draft)).toBe(true)
    expect(checks.credentialLifetime(trace)).toBe(3600)
    for (const stop of TASK_CHECKS) expect(stop.check!(trace, draft), stop.id).toBe(false)
  })

  it.each(TASK_CHECKS.map((s) => [s.id, s] as const))(
    '%s: "Show me" does the task, and only its own check passes',
    async (_, stop) => {
      // Given
      const draft = await presetDraft('happy-path')
      // When
      const patch = stop.demo!(draft)
      expect(patch).toBeDefined()
      const edited = { ...draft, ...patch }
      const trace = await run(edited)
      // Then
      expect(stop.check!(trace, edited)).toBe(true)
      // A longer session still uploads: only that task leaves the working scenario working.
      expect(checks.baseline(trace, edited)).toBe(stop.id === 'iam-role')
      for (const other of TASK_CHECKS.filter((s) => s !== stop))
        expect(other.check!(trace, edited), other.id).toBe(false)
    },
  )

  it('stop 2: asking for two hours alone is refused; the role must allow it', async () => {
    const draft = await presetDraft('happy-path')
    const asked = { ...draft, ...demos.requestTwoHours(draft) }
    const refused = await run(asked)
    expect(refused.error?.code).toBe('ValidationError')
    expect(checks.longerSession(refused, asked)).toBe(false)
    const allowed = { ...asked, maxSessionDuration: 7200 }
    const trace = await run(allowed)
    expect(checks.credentialLifetime(trace)).toBe(7200)
    expect(checks.longerSession(trace, allowed)).toBe(true)
  })

  it.each([
    ['tampered-payload', checks.signatureBroken],
    ['rotated-signing-key', checks.keyNotFound],
    ['wrong-service-account', checks.subMismatch],
    ['wrong-namespace', checks.subMismatch],
    ['s3-upload-denied', checks.uploadDenied],
  ] as const)('the gallery preset %s passes its check', async (id, check) => {
    const draft = await presetDraft(id)
    expect(check(await run(draft), draft)).toBe(true)
  })

  it('the :sub check is not fooled by another AccessDenied (the :aud condition)', async () => {
    const draft = await presetDraft('happy-path')
    const edited = {
      ...draft,
      trustPolicy: draft.trustPolicy.replace(/"sts\.amazonaws\.com"/, '"x"'),
    }
    const trace = await run(edited)
    expect(trace.error?.code).toBe('AccessDenied')
    expect(checks.subMismatch(trace, edited)).toBe(false)
  })

  it('the demos leave a draft they do not understand alone', async () => {
    const draft = await presetDraft('happy-path')
    const broken = { ...draft, trustPolicy: '{', jwks: 'x', permissionPolicy: '', request: '[' }
    expect(demos.changeSub(broken)).toBeUndefined()
    expect(demos.rotateKid(broken)).toBeUndefined()
    expect(demos.dropPutObject(broken)).toBeUndefined()
    expect(demos.requestTwoHours(broken)).toBeUndefined()
    expect(
      demos.removeAnnotation({ ...draft, serviceAccount: 'kind: ServiceAccount' }),
    ).toBeUndefined()
    expect(demos.changeNamespaceClaim({ ...draft, token: 'not a token' })).toBeUndefined()
  })
})
