import { beforeAll, describe, expect, it } from 'vitest'
import type { Scenario } from '../engine'
import { MAX_DEPTH, parseJsonDocument } from '../engine/text'
import { createDefaultScenario } from './defaultScenario'
import { draftFromScenario, scenarioFromDraft } from './draft'

let base: Scenario

beforeAll(async () => {
  base = (await createDefaultScenario(new Date('2026-11-29T12:00:00Z'))).scenario
})

/** A JWKS and providers with what JSON has to escape, and a key the parser must keep as its own. */
function unusual(): Scenario {
  const key = base.cluster.jwks.keys[0]!
  return {
    ...base,
    cluster: {
      ...base.cluster,
      jwks: {
        keys: [{ ...key, kid: 'a"b\\c\u200b\u2028d', ...JSON.parse('{"__proto__": "x"}') }],
      },
    },
    aws: {
      ...base.aws,
      oidcProviders: [{ url: base.cluster.issuer, clientIds: ['sts.amazonaws.com', 'ü 한'] }],
    },
    request: { roleSessionName: 'alice', durationSeconds: 900 },
  }
}

describe(scenarioFromDraft, () => {
  it.each([
    ['the default scenario', () => base],
    ['escapes, a __proto__ key, other scripts', unusual],
  ])(
    'reads the JSON its draft was written with as the engine’s parser does, without it: %s',
    (_name, scenario) => {
      // Given a draft made from a scenario
      const draft = draftFromScenario(scenario())
      // When the engine's scenario is made from it
      const { scenario: read, findings } = scenarioFromDraft(draft)
      // Then the located parser did not run on those texts
      expect(parseJsonDocument.has(draft.jwks, 'jwks')).toBe(false)
      expect(parseJsonDocument.has(draft.oidcProviders, 'oidcProvider')).toBe(false)
      // And the values and findings are the parser's
      const parsed = {
        jwks: parseJsonDocument(draft.jwks, 'jwks'),
        providers: parseJsonDocument(draft.oidcProviders, 'oidcProvider'),
        request: parseJsonDocument(draft.request, 'request'),
      }
      expect(read.cluster.jwks).toEqual(parsed.jwks.value)
      expect(read.aws.oidcProviders).toEqual(parsed.providers.value)
      expect(read.request).toEqual(parsed.request.value)
      expect(Object.hasOwn(read.cluster.jwks.keys[0]!, '__proto__')).toBe(
        Object.hasOwn((parsed.jwks.value as Scenario['cluster']['jwks']).keys[0]!, '__proto__'),
      )
      expect(findings).toEqual([
        ...parsed.jwks.findings,
        ...parsed.providers.findings,
        ...parsed.request.findings,
      ])
      expect(findings).toEqual([])
    },
  )

  it('parses a text the user changed, with its findings', () => {
    // Given a draft whose JWKS the user edited into one with a duplicate key
    const draft = draftFromScenario(base)
    const edited = draft.jwks.replace('{\n  "keys"', '{\n  "keys": [],\n  "keys"')
    // Then the parser reads it: the earlier key is reported, the last one counts
    const { scenario, findings } = scenarioFromDraft({ ...draft, jwks: edited })
    expect(findings.map((f) => f.code)).toEqual(['document.duplicate-key'])
    expect(scenario.cluster.jwks).toEqual(base.cluster.jwks)
  })

  it('leaves a text nested past the depth limit to the parser, which refuses it', () => {
    // Given a scenario whose JWKS nests deeper than the parser reads
    let deep: unknown = 'x'
    for (let i = 0; i < MAX_DEPTH + 1; i++) deep = [deep]
    const draft = draftFromScenario({
      ...base,
      cluster: { ...base.cluster, jwks: { keys: [{ ...base.cluster.jwks.keys[0], deep }] } },
    })
    // Then its draft reads as the parser reads it: refused, with the finding at its place
    const { scenario, findings } = scenarioFromDraft(draft)
    expect(findings.map((f) => [f.code, f.source])).toEqual([['document.too-deep', 'jwks']])
    expect(scenario.cluster.jwks).toEqual({ keys: [] })
  })
})
