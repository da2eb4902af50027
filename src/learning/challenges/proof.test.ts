import { beforeAll, describe, expect, it } from 'vitest'
import { generateClusterKey } from '../../engine'
import type { ClusterKey } from '../../engine/jwt'
import type { ScenarioDraft } from '../../scenarios/draft'
import { decodeShareFragment } from '../../scenarios/share/codec'
import { CHALLENGES, findChallenge } from './index'
import {
  cleanName,
  decodeProof,
  encodeProof,
  MAX_NAME_LENGTH,
  MAX_PROOF_LINK_LENGTH,
  proofLink,
  proofShare,
  verifyProof,
} from './proof'
import { MAX_SET_PARAM_LENGTH, parseChallengeSet, setLink } from './setLink'
import { buildStart } from './start'

const known = (id: string) => findChallenge(id) !== undefined
let key: ClusterKey
beforeAll(async () => {
  key = await generateClusterKey('RS256')
})

const source = (presetId: string, draft: ScenarioDraft) => ({
  presetId,
  draft,
  signingKey: { alg: 'RS256' as const, ...key },
})

/** The challenge's starting draft and its solved draft, as the attendee's browser has them. */
async function startAndSolve(id: string) {
  const challenge = findChallenge(id)!
  const start = (await buildStart(challenge, { key, issuedAt: '2026-11-29T12:00:00.000Z' }))!
  const solved = { ...start, ...(await challenge.solution(start, { key })) }
  return { challenge, start, solved }
}

describe('proof-of-solve links', { timeout: 60_000 }, () => {
  it('round-trips the challenge, the name and the scenario', async () => {
    // Given
    const { challenge, solved } = await startAndSolve('production-namespace')
    const share = await proofShare(source(challenge.start.preset, solved))
    // When
    const link = proofLink('https://lab.example/irsa/?view=wall#old', {
      challengeId: challenge.id,
      share,
      name: '  Mina   Kim ',
    })
    const decoded = decodeProof(link, known)
    // Then
    expect(link.startsWith('https://lab.example/irsa/#proof=1&c=production-namespace&n=')).toBe(
      true,
    )
    expect(decoded).toMatchObject({
      ok: true,
      challengeId: 'production-namespace',
      name: 'Mina Kim',
    })
    const shared = decodeShareFragment(share)
    expect(shared?.ok && decoded.ok && decoded.share).toEqual(shared?.ok && shared.payload)
    expect(link.length).toBeLessThan(MAX_PROOF_LINK_LENGTH)
  })

  it.each(CHALLENGES.map((c) => [c.id] as const))(
    '%s: the solved scenario verifies as solved, the starting one as not solved',
    async (id) => {
      // Given
      const { challenge, start, solved } = await startAndSolve(id)
      const solvedLink = encodeProof({
        challengeId: id,
        share: await proofShare(source(challenge.start.preset, solved)),
      })
      const startLink = encodeProof({
        challengeId: id,
        share: await proofShare(source(challenge.start.preset, start)),
      })
      // When
      const good = await verifyProof(solvedLink, findChallenge)
      const unsolved = await verifyProof(startLink, findChallenge)
      // Then: the engine decides, on a fresh key, from the link alone
      expect(good).toMatchObject({ status: 'solved', challengeId: id })
      expect(unsolved).toMatchObject({ status: 'not-solved', challengeId: id })
      expect(unsolved.status !== 'invalid' && unsolved.criteria.some((c) => !c.ok)).toBe(true)
    },
  )

  it('a forged proof does not pass: another challenge’s solution, a "solved" flag', async () => {
    // Given: a real solution of one challenge
    const { challenge, start, solved } = await startAndSolve('payments-only')
    const share = await proofShare(source(challenge.start.preset, solved))
    const startShare = await proofShare(source(challenge.start.preset, start))
    // When: claimed for another challenge, or the unsolved start with flags added
    const otherChallenge = await verifyProof(
      encodeProof({ challengeId: 'two-hour-sessions', share }),
      findChallenge,
    )
    const flagged = await verifyProof(
      `${encodeProof({ challengeId: 'payments-only', share: startShare })}&solved=true&ok=1`,
      findChallenge,
    )
    // Then
    expect(otherChallenge).toMatchObject({ status: 'not-solved', challengeId: 'two-hour-sessions' })
    expect(flagged).toMatchObject({ status: 'not-solved', challengeId: 'payments-only' })
  })

  it('hostile links are problems, never exceptions', async () => {
    const { challenge, solved } = await startAndSolve('production-namespace')
    const share = await proofShare(source(challenge.start.preset, solved))
    const cases: [string, string][] = [
      ['', 'not-a-proof'],
      ['https://lab.example/#s=abc', 'not-a-proof'],
      ['#proof=abc&c=production-namespace&' + share, 'not-a-proof'],
      ['#proof=2&c=production-namespace&' + share, 'too-new'],
      ['#proof=1&c=no-such-challenge&' + share, 'unknown-challenge'],
      ['#proof=1&c=__proto__&' + share, 'unknown-challenge'],
      ['#proof=1&c=production-namespace', 'scenario'],
      ['#proof=1&c=production-namespace&s=%%%garbage', 'scenario'],
      ['#proof=1&c=production-namespace&p=no-such-preset', 'scenario'],
      [`#proof=1&c=production-namespace&n=${'x'.repeat(MAX_NAME_LENGTH + 1)}&${share}`, 'bad-name'],
      [`#proof=1&c=production-namespace&s=${'A'.repeat(MAX_PROOF_LINK_LENGTH)}`, 'too-large'],
    ]
    for (const [link, kind] of cases) {
      const verdict = await verifyProof(link, findChallenge)
      expect(verdict.status, link.slice(0, 60)).toBe('invalid')
      expect(verdict.status === 'invalid' && verdict.problem.kind, link.slice(0, 60)).toBe(kind)
    }
  })

  it('a name loses control and bidi characters and is capped', () => {
    expect(cleanName('\u202Eevil\u0000 name\u200B\n')).toBe('evil name')
    expect([...cleanName('가'.repeat(100))]).toHaveLength(MAX_NAME_LENGTH)
    expect(encodeProof({ challengeId: 'a', share: 'p=happy-path', name: ' \u0007 ' })).toBe(
      'proof=1&c=a&p=happy-path',
    )
  })
})

describe('set links', () => {
  const search = (value: string) => `?challenges=${encodeURIComponent(value)}`

  it('keeps the host’s order, each challenge once', () => {
    expect(
      parseChallengeSet(search('kubelet-refresh,attack-no-sub,kubelet-refresh'), known),
    ).toEqual({ ids: ['kubelet-refresh', 'attack-no-sub'], problem: { kind: 'unknown', count: 1 } })
    expect(parseChallengeSet('?challenges=rotated-key,production-namespace', known)).toEqual({
      ids: ['rotated-key', 'production-namespace'],
    })
    expect(parseChallengeSet('?view=wall', known)).toBeUndefined()
  })

  it('states what it left out: unknown entries, none known, too long', () => {
    expect(parseChallengeSet(search('rotated-key,<script>,x'), known)).toEqual({
      ids: ['rotated-key'],
      problem: { kind: 'unknown', count: 2 },
    })
    expect(parseChallengeSet(search(',,,'), known)).toEqual({ problem: { kind: 'none-known' } })
    expect(parseChallengeSet(search('a'.repeat(MAX_SET_PARAM_LENGTH + 1)), known)).toEqual({
      problem: { kind: 'too-long', length: MAX_SET_PARAM_LENGTH + 1 },
    })
    // Many entries: only the first 64 are read, the rest counted as left out.
    const many = ['rotated-key', ...Array.from({ length: 199 }, () => 'x')].join(',')
    expect(parseChallengeSet(search(many), known)).toEqual({
      ids: ['rotated-key'],
      problem: { kind: 'unknown', count: 199 },
    })
  })

  it('a set link round-trips, without the wall’s view or a fragment', () => {
    const ids = ['attack-stolen-token', 'payments-only', 'rotated-key']
    const link = setLink('https://lab.example/irsa/?view=wall#x', ids)
    expect(link).toBe(
      'https://lab.example/irsa/?challenges=attack-stolen-token,payments-only,rotated-key',
    )
    expect(parseChallengeSet(new URL(link).search, known)).toEqual({ ids })
  })
})
