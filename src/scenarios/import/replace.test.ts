/**
 * Issue #16: applying an import replaces the whole scenario; what the paste lacks is "not
 * provided", never the example's value, and the engine reports it as unknown.
 */
import { describe, expect, it } from 'vitest'
import { simulate } from '../../engine'
import { scenarioFromDraft, type ScenarioDraft } from '../draft'
import { checkDraft } from '../draftSchema'
import { combineDetections, detectPaste } from './detect'
import { applyImport, emptyDraft, emptyInputs } from './replace'
import { GET_ROLE, JWKS, POD_YAML, ROLE_ARN, SA_YAML } from './testing/samples'

const NOW = '2026-03-02T09:00:00.000Z'
/** The scenario on screen before the import: an example with its own pod, role and policy. */
const EXAMPLE: ScenarioDraft = {
  ...emptyDraft('2026-11-29T12:00:00Z'),
  serviceAccount: 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: example-sa\n',
  pod: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: example\n',
  issuer: 'https://oidc.eks.ap-northeast-2.amazonaws.com/id/EXAMPLE',
  jwks: '{"keys":[]}',
  accountId: '123456789012',
  roleName: 'example-role',
  trustPolicy: '{"Version":"2012-10-17","Statement":[]}',
  permissionPolicy: '{"Version":"2012-10-17","Statement":[]}',
  call: { action: 's3:PutObject', resource: 'arn:aws:s3:::example-bucket/photo.jpg' },
}

const patchOf = (text: string) => combineDetections(detectPaste(text, { now: NOW })).patch

describe('applyImport', () => {
  it('reads YAML followed by JSON pasted without the command between them', () => {
    const kinds = detectPaste(`${SA_YAML}\n${GET_ROLE}`).map((d) => d.kind)
    expect(kinds).toEqual(['serviceAccount', 'role'])
  })

  it('replaces the whole scenario: the example’s pod, policy, JWKS and call do not survive', () => {
    const draft = applyImport(EXAMPLE, patchOf(`${SA_YAML}\n---\n${POD_YAML}\n${GET_ROLE}`), NOW)
    expect(draft.pod.trim()).toBe(POD_YAML.trim())
    expect(draft.serviceAccount).toContain('name: uploader')
    expect(draft.roleName).toBe('photo-uploader')
    expect(draft.permissionPolicy).toBe('')
    expect(draft.jwks).toBe('')
    expect(draft.call).toEqual({ action: '', resource: '' })
    expect(draft.now).toBe(NOW)
    expect(draft.notProvided).toEqual([
      'token',
      'issuer',
      'jwks',
      'oidcProviders',
      'permissionPolicy',
    ])
    expect(draft.existingRole).toBe(true)
    // A valid draft: it saves, shares and reloads like any other.
    expect(checkDraft(draft)).toEqual({ ok: true, draft })
  })

  it('a later paste of the same import fills in what was missing, nothing else changes', () => {
    const first = applyImport(EXAMPLE, patchOf(SA_YAML), NOW)
    const second = applyImport(first, patchOf(JWKS), NOW)
    expect(second.serviceAccount).toBe(first.serviceAccount)
    expect(second.jwks).not.toBe('')
    expect(second.notProvided).toEqual(emptyInputs(second))
    expect(second.notProvided).not.toContain('jwks')
    expect(second.existingRole).toBe(false)
  })

  it('the engine reports the unprovided parts as unknown; the mutated pod is not to be recreated', async () => {
    const draft = applyImport(EXAMPLE, patchOf(`${SA_YAML}\n---\n${POD_YAML}\n${GET_ROLE}`), NOW)
    const { scenario, findings } = scenarioFromDraft(draft)
    // Empty JWKS and providers are not parse errors.
    expect(findings).toEqual([])
    expect(scenario.aws.roles[0]!.existing).toBe(true)
    const trace = await simulate(scenario)
    const codes = trace.findings.map((f) => f.code)
    expect(codes).not.toContain('pod.existing-not-mutated')
    expect(codes).not.toContain('sdk.no-web-identity')
    expect(trace.outcome).toBe('invalid-input')
    expect(trace.unknown?.inputs).toEqual(['token'])
    expect(trace.steps.find((s) => s.id === 'sdk.credential-chain')).toMatchObject({
      status: 'pass',
      data: { roleArn: ROLE_ARN },
    })
    expect(
      trace.findings
        .filter((f) => f.code === 'input.not-provided')
        .map((f) => [f.data?.variant, f.source, f.pointer]),
    ).toEqual([['token', 'token', '']])
  }, 30_000)
})
