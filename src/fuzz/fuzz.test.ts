/**
 * The fuzz suite: for every input slot, generated and mutated inputs (FUZZ_RUNS each, 10,000 by
 * default) — never an uncaught exception, never an internal error, never a hang. Speed is not
 * asserted here (a busy machine would fail it): `npm run bench` measures it. fast-check prints the seed and path of any failure, so it reproduces with
 * `FUZZ_SEED=<seed> npx vitest run src/fuzz`.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { evaluatePolicy, generateClusterKey, simulate, type Scenario } from '../engine'
import { decodeToken, type ClusterKey } from '../engine/jwt'
import { parseJsonDocument, parseYamlDocument } from '../engine/text'
import { mutatePod } from '../engine/webhook'
import { detectPaste } from '../scenarios/import/detect'
import { findPreset } from '../scenarios/presets'
import { decodeShareFragment } from '../scenarios/share/codec'

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000)
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED)
const params = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) }
/**
 * A hang guard, not a speed check: far above any honest evaluation on a loaded machine (they take
 * well under a millisecond to a few ms), far below a runaway (the YAML collection-key blow-up took
 * 16 s on 192 '{'). Speed belongs to `npm run bench`.
 */
const HANG_GUARD_MS = 5_000

let key: ClusterKey
let base: Scenario
beforeAll(async () => {
  key = await generateClusterKey('RS256')
  base = await findPreset('happy-path')!.build({ key, issuedAt: '2026-11-29T12:00:00.000Z' })
})

/** Text edits of a valid document: what typing, pasting and truncating produce. */
const mutated = (text: () => string) =>
  fc
    .array(
      fc.record({
        at: fc.nat(),
        remove: fc.nat({ max: 8 }),
        insert: fc.oneof(
          fc.string({ maxLength: 8 }),
          fc.constantFrom(
            '{',
            '}',
            '[',
            ']',
            '"',
            ':',
            ',',
            '\n',
            '  ',
            '*',
            '&a',
            '*a',
            '<<: *a',
            '__proto__',
            '\uD800',
            '${aws:username}',
          ),
        ),
      }),
      { maxLength: 6 },
    )
    .map((edits) => {
      let out = text()
      for (const { at, remove, insert } of edits) {
        const i = out.length === 0 ? 0 : at % (out.length + 1)
        out = out.slice(0, i) + insert + out.slice(i + remove)
      }
      return out
    })

/** Hostile shapes nobody types by accident. */
const hostile = fc.constantFrom(
  '['.repeat(5000),
  '{"a":'.repeat(2000),
  'a: &a ["x","x","x","x","x","x","x","x","x"]\n' +
    Array.from(
      { length: 9 },
      (_, i) =>
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
    ).join('\n'),
  '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
  'x'.repeat(1_000_000),
  '\uD800\uDFFF\uDFFF\uD800',
  '<script>alert(1)</script>',
)

/**
 * Runs of openers under the nesting limit, then junk: flow collections used as keys once made the
 * YAML reader exponential (192 '{' took 16 s), which neither random strings nor edits reached.
 */
const openerRuns = fc
  .tuple(
    fc.constantFrom('{', '[', '[{', '{a: ', '? ', '- ', '{"a":'),
    fc.integer({ min: 20, max: 400 }),
    fc.string({ maxLength: 200 }),
  )
  .map(([opener, count, rest]) => opener.repeat(count) + rest)

const anyText = (valid: () => string) =>
  fc.oneof(
    mutated(valid),
    fc.string(),
    fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
    hostile,
    openerRuns,
  )

/**
 * Runs `fn`, asserting it does not throw and does not hang. The checks in this file run 80,000
 * times: each is a plain comparison, and `expect` is called only to report a failing value (its
 * matcher machinery cost more CPU per case than some of the slots themselves).
 */
function timed<T>(fn: () => T): T {
  const start = performance.now()
  const result = fn()
  const took = performance.now() - start
  if (!(took < HANG_GUARD_MS)) expect(took, 'hang guard').toBeLessThan(HANG_GUARD_MS)
  return result
}

const OUTCOMES = ['issued', 'denied', 'invalid-input']
const sound = async (scenario: Scenario) => {
  const trace = await simulate(scenario)
  if (!OUTCOMES.includes(trace.outcome)) expect(OUTCOMES).toContain(trace.outcome)
  if (trace.findings.some((f) => f.code === 'engine.internal-error'))
    expect(trace.findings.map((f) => f.code)).not.toContain('engine.internal-error')
}

describe(`fuzz (${RUNS} inputs per slot)`, { timeout: 600_000 }, () => {
  it('token', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyText(() => base.token),
        async (token) => {
          timed(() => decodeToken(token))
          await sound({ ...base, token })
        },
      ),
      params,
    )
  })

  it('JWKS', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          anyText(() => JSON.stringify(base.cluster.jwks)).map(
            (t) => parseJsonDocument(t, 'jwks').value,
          ),
        ),
        async (jwks) => {
          await sound({
            ...base,
            cluster: { ...base.cluster, jwks: jwks as Scenario['cluster']['jwks'] },
          })
        },
      ),
      params,
    )
  })

  it('ServiceAccount YAML', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyText(() => base.serviceAccount),
        async (serviceAccount) => {
          const doc = timed(() => parseYamlDocument(serviceAccount, 'serviceAccount'))
          timed(() => mutatePod({}, (doc.value ?? {}) as object))
          await sound({ ...base, serviceAccount })
        },
      ),
      params,
    )
  })

  it('pod YAML', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyText(() => base.pod ?? ''),
        async (pod) => {
          const doc = timed(() => parseYamlDocument(pod, 'pod'))
          timed(() => mutatePod((doc.value ?? {}) as object, {}))
          await sound({ ...base, pod })
        },
      ),
      params,
    )
  })

  const policySlot = (
    name: string,
    valid: () => string,
    request: Parameters<typeof evaluatePolicy>[1],
    put: (s: Scenario, text: string) => Scenario,
  ) =>
    it(name, async () => {
      await fc.assert(
        fc.asyncProperty(anyText(valid), async (text) => {
          timed(() => evaluatePolicy(text, request))
          await sound(put(base, text))
        }),
        params,
      )
    })

  policySlot(
    'trust policy',
    () => base.aws.roles[0]!.trustPolicy,
    {
      action: 'sts:AssumeRoleWithWebIdentity',
      principal: { federated: 'arn:aws:iam::123456789012:oidc-provider/x' },
      context: { 'x:sub': 'system:serviceaccount:example:example-sa' },
    },
    (s, text) => ({ ...s, aws: { ...s.aws, roles: [{ ...s.aws.roles[0]!, trustPolicy: text }] } }),
  )

  policySlot(
    'permission policy',
    () => base.aws.roles[0]!.permissionPolicies![0]!,
    { action: 's3:PutObject', resource: 'arn:aws:s3:::example-bucket/photo.jpg', context: {} },
    (s, text) => ({
      ...s,
      aws: { ...s.aws, roles: [{ ...s.aws.roles[0]!, permissionPolicies: [text] }] },
    }),
  )

  it('share link', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `s=${s}`),
          fc.string().map((s) => `p=${s}`),
          hostile.map((s) => `s=${s}`),
        ),
        (fragment) => {
          timed(() => decodeShareFragment(fragment))
        },
      ),
      params,
    )
  })

  it('pasted CLI output', () => {
    fc.assert(
      fc.property(
        anyText(
          () =>
            `${base.serviceAccount}\n---\n${JSON.stringify({ Role: { RoleName: 'x', Arn: 'arn:aws:iam::123456789012:role/x', AssumeRolePolicyDocument: base.aws.roles[0]!.trustPolicy } })}\n${base.token}`,
        ),
        (text) => {
          timed(() => detectPaste(text))
        },
      ),
      params,
    )
  })
})
