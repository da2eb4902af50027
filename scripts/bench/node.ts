/**
 * The engine's figures, in Node:
 * - simulate() on the default scenario vs the floor: one jose jwtVerify of the same token with a
 *   fresh local JWKS (so the key import is counted on both sides). Budget ≤ 1.5×.
 * - evaluatePolicy() per realistic trust policy (parsed-policy cache warm), and the first sight
 *   of a new text (parsing included). Budget ≤ 25 µs.
 * - Share-link lengths: a preset, and the default scenario with a few edits.
 */
import { createLocalJWKSet, jwtVerify } from 'jose'
import { evaluatePolicy, generateClusterKey, simulate } from '../../src/engine'
import { createDefaultScenario, DEFAULT_ISSUER } from '../../src/scenarios/defaultScenario'
import { draftFromScenario } from '../../src/scenarios/draft'
import { createShareLink } from '../../src/scenarios/share/link'
import { findPreset } from '../../src/scenarios/presets'
import type { Row } from './table'

async function median(run: () => unknown, iterations: number): Promise<number> {
  for (let i = 0; i < Math.min(50, iterations); i++) await run()
  const times: number[] = []
  for (let i = 0; i < iterations; i++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}

function medianSync(run: () => unknown, iterations: number): number {
  for (let i = 0; i < Math.min(1000, iterations); i++) run()
  const batch = 100
  const times: number[] = []
  for (let i = 0; i < iterations / batch; i++) {
    const start = performance.now()
    for (let j = 0; j < batch; j++) run()
    times.push((performance.now() - start) / batch)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}

const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`

/** Measures the engine and the share links; rows for the table. */
export async function nodeRows(): Promise<Row[]> {
  const rows: Row[] = []
  const { scenario } = await createDefaultScenario(new Date('2026-11-29T12:00:00Z'))
  const simulateMs = await median(() => simulate(scenario), 400)
  const floorMs = await median(
    () =>
      jwtVerify(scenario.token, createLocalJWKSet(scenario.cluster.jwks as never), {
        currentDate: new Date(scenario.now!),
      }),
    400,
  )
  const trace = await simulate(scenario)
  if (trace.outcome !== 'issued')
    throw new Error(`default scenario did not issue credentials: ${trace.error?.message}`)
  const ratio = simulateMs / floorMs
  rows.push({ name: 'jose jwtVerify (floor)', value: us(floorMs), ok: true })
  rows.push({ name: 'simulate() default scenario', value: us(simulateMs), ok: true })
  rows.push({
    name: 'simulate() / floor',
    value: `${ratio.toFixed(2)}×`,
    budget: '≤ 1.5×',
    ok: ratio <= 1.5,
  })

  const hostPath = DEFAULT_ISSUER.replace('https://', '')
  const federated = `arn:aws:iam::123456789012:oidc-provider/${hostPath}`
  const context = {
    [`${hostPath}:sub`]: 'system:serviceaccount:example:example-sa',
    [`${hostPath}:aud`]: 'sts.amazonaws.com',
  }
  const trustPolicies: Record<string, string> = {
    'canonical (StringEquals sub+aud)': scenario.aws.roles[0]!.trustPolicy,
    'namespace wildcard (StringLike)': JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: federated },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringLike: { [`${hostPath}:sub`]: 'system:serviceaccount:example:*' },
            StringEquals: { [`${hostPath}:aud`]: 'sts.amazonaws.com' },
          },
        },
      ],
    }),
    'four service accounts + deny': JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: federated },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: {
              [`${hostPath}:aud`]: 'sts.amazonaws.com',
              [`${hostPath}:sub`]: ['a', 'b', 'c', 'example-sa'].map(
                (n) => `system:serviceaccount:example:${n}`,
              ),
            },
          },
        },
        {
          Effect: 'Deny',
          Principal: { Federated: federated },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringLike: { [`${hostPath}:sub`]: 'system:serviceaccount:kube-system:*' } },
        },
      ],
    }),
  }
  for (const [name, policy] of Object.entries(trustPolicies)) {
    const request = { action: 'sts:AssumeRoleWithWebIdentity', principal: { federated }, context }
    const ms = medianSync(() => evaluatePolicy(policy, request), 20_000)
    rows.push({
      name: `evaluatePolicy: ${name}`,
      value: us(ms),
      budget: '≤ 25 µs',
      ok: ms * 1000 <= 25,
    })
    // The first sight of a text pays for parsing; later runs hit the parsed-policy cache.
    let n = 0
    const cold = medianSync(
      () => evaluatePolicy(policy.replace('{', `{"Id":"b${++n}",`), request),
      4_000,
    )
    rows.push({ name: '  … first sight of the text', value: us(cold), ok: true })
  }

  // Share links: a preset, and the default scenario with a few edits (namespace, operator, clock).
  {
    const key = await generateClusterKey('RS256')
    const signingKey = {
      alg: 'RS256' as const,
      kid: key.kid,
      privateJwk: key.privateJwk,
      publicJwk: key.publicJwk,
    }
    const issuedAt = '2026-11-29T12:00:00.000Z'
    const preset = draftFromScenario(await findPreset('wrong-namespace')!.build({ key, issuedAt }))
    const presetLink = await createShareLink({
      presetId: 'wrong-namespace',
      draft: preset,
      signingKey,
    })
    rows.push({
      name: 'share link: a preset',
      value: `${presetLink.fragment.length + 1} chars`,
      budget: '≤ 80',
      ok: presetLink.fragment.length + 1 <= 80,
    })
    const base = draftFromScenario(await findPreset('happy-path')!.build({ key, issuedAt }))
    const edited = {
      ...base,
      serviceAccount: base.serviceAccount.replace('namespace: example', 'namespace: payments'),
      pod: base.pod.replace('namespace: example', 'namespace: payments'),
      trustPolicy: base.trustPolicy.replace('"StringEquals"', '"StringLike"'),
      now: '2026-11-29T18:00:00.000Z',
    }
    const editedLink = await createShareLink({ presetId: 'happy-path', draft: edited, signingKey })
    rows.push({
      name: 'share link: default + 4 edits',
      value: `${editedLink.fragment.length + 1} chars`,
      budget: '≤ 600',
      ok: editedLink.fragment.length + 1 <= 600,
    })
  }
  return rows
}
