import { beforeAll, describe, expect, it } from 'vitest'
import { addAssumption, assumptionText, stated, type AssumptionId } from './assumptions'
import { generateClusterKey } from './jwt'
import { simulate } from './simulate'
import { baseScenario, issueToken, type ClusterKey } from './testing/scenarioFixtures'

let key: ClusterKey
let otherKey: ClusterKey
beforeAll(async () => {
  ;[key, otherKey] = await Promise.all([generateClusterKey('RS256'), generateClusterKey('RS256')])
})

describe('assumptions by id', () => {
  it('stated: the English is the text of each id, index for index', () => {
    const s = stated('discovery', { id: 'missingClaim', data: { claim: 'iss' } })
    expect(s.assumptionRefs).toEqual([
      { id: 'discovery' },
      { id: 'missingClaim', data: { claim: 'iss' } },
    ])
    expect(s.assumptions).toEqual(s.assumptionRefs.map((r) => assumptionText(r!)))
    expect(s.assumptions[1]).toBe('Observed for aud and sub; assumed to read the same for iss.')
  })

  it('addAssumption keeps refs index for index (null for a text without an id)', () => {
    const step: { assumptions?: string[]; assumptionRefs?: ({ id: AssumptionId } | null)[] } = {
      assumptions: ['Pod Identity’s own text'],
    }
    addAssumption(step, assumptionText({ id: 'unknownKid' }), { id: 'unknownKid' })
    expect(step.assumptionRefs).toEqual([null, { id: 'unknownKid' }])
    expect(step.assumptions).toHaveLength(2)
  })

  /** Every IRSA step states its assumptions by id, and its English is those ids' texts. */
  async function statedIds(token: string, clientIds?: string[]): Promise<AssumptionId[]> {
    const scenario = baseScenario(key, token)
    if (clientIds) scenario.aws.oidcProviders[0]!.clientIds = clientIds
    const trace = await simulate(scenario)
    const ids: AssumptionId[] = []
    for (const step of trace.steps) {
      const texts = step.assumptions ?? []
      const refs = step.assumptionRefs ?? []
      expect(refs, step.id).toHaveLength(texts.length)
      refs.forEach((ref, i) => {
        expect(ref, `${step.id} ${texts[i]}`).not.toBeNull()
        expect(texts[i]).toBe(assumptionText(ref!))
        ids.push(ref!.id)
      })
    }
    return ids
  }

  it('the chain names each assumption where it states it', async () => {
    expect(await statedIds(await issueToken(key))).toEqual(
      expect.arrayContaining(['discovery', 'durationAfterTrust']),
    )
    const twoAudiences = await issueToken(key, { audiences: ['sts.amazonaws.com', 'other'] })
    expect(await statedIds(twoAudiences, ['sts.amazonaws.com', 'other'])).toEqual(
      expect.arrayContaining(['severalAudiences', 'severalAudiencesContext']),
    )
    // Signed by a key the JWKS does not publish: the error's assumption joins the failed step's.
    expect(await statedIds(await issueToken(otherKey))).toEqual(
      expect.arrayContaining(['keySelection', 'unknownKid']),
    )
  })
})
