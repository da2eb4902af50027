/**
 * The attacker's side: what a weak trust policy lets someone with `kubectl create token` rights
 * in another namespace do, and what a stolen token is worth until it expires.
 */
import { trustPolicy } from '../../scenarios/presets/blog'
import { draftIssued, isoOf, mintToken, nowSeconds, run, tokenFacts } from './runs'
import { result, type Challenge, type DraftPatch } from './types'

/** Mints a token for `namespace:serviceAccount` with the scenario's key (the solution's move). */
const mint =
  (namespace: string, serviceAccount: string): DraftPatch =>
  async (d, ctx) =>
    ctx.key ? { token: await mintToken(d, ctx.key, { namespace, serviceAccount }) } : {}

/** Solved when STS issues credentials to a token from `namespace`. */
const issuedFromNamespace =
  (namespace: string): Challenge['check'] =>
  async (draft) => {
    const facts = tokenFacts(draft)
    return result([
      draftIssued(await run(draft)),
      { key: 'tokenNamespace', values: { namespace }, ok: facts.namespace === namespace },
    ])
  }

/** A stolen token is worth something until its last minutes: the check wants the last five. */
const LAST_MINUTES = 300

export const ATTACKER_CHALLENGES: readonly Challenge[] = [
  {
    id: 'attack-no-sub',
    level: 'attacker',
    mintTool: true,
    start: {
      preset: 'happy-path',
      edit: async () => ({ trustPolicy: trustPolicy({ sub: null }) }),
    },
    check: issuedFromNamespace('dev'),
    solution: mint('dev', 'debug-shell'),
  },
  {
    id: 'attack-namespace-wildcard',
    level: 'attacker',
    mintTool: true,
    start: {
      preset: 'happy-path',
      edit: async () => ({
        trustPolicy: trustPolicy({
          sub: 'system:serviceaccount:*:example-sa',
          operator: 'StringLike',
        }),
      }),
    },
    check: issuedFromNamespace('sandbox'),
    solution: mint('sandbox', 'example-sa'),
  },
  {
    id: 'attack-stolen-token',
    level: 'attacker',
    start: { preset: 'happy-path' },
    async check(draft) {
      const facts = tokenFacts(draft)
      const left = facts.exp !== undefined ? facts.exp - nowSeconds(draft) : -1
      return result([
        draftIssued(await run(draft)),
        {
          key: 'stolenToken',
          ok: facts.sub === 'system:serviceaccount:example:example-sa',
        },
        { key: 'lastMinutes', ok: left > 0 && left <= LAST_MINUTES },
      ])
    },
    async solution(d) {
      const { exp } = tokenFacts(d)
      return exp === undefined ? {} : { now: isoOf(exp - 120) }
    },
  },
]
