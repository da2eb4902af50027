/** The defender's challenges: make the right workload get credentials, and only it. */
import { podYaml, serviceAccountYaml } from '../../scenarios/presets/blog'
import {
  draftIssued,
  isoOf,
  mintToken,
  nowSeconds,
  othersDenied,
  run,
  subjectIssued,
  tokenFacts,
} from './runs'
import { hasSub, renameOperator, setSub, swapSubAud } from './trust'
import { result, type Challenge } from './types'

const hostPath = (issuer: string) => issuer.replace(/^https:\/\//, '')
const sub = (ns: string, sa: string) => `system:serviceaccount:${ns}:${sa}`
const PUT_ONLY = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::example-bucket/*' },
    ],
  },
  null,
  2,
)

export const DEFENDER_CHALLENGES: readonly Challenge[] = [
  {
    id: 'production-namespace',
    level: 'easy',
    start: { preset: 'wrong-namespace' },
    async check(draft, ctx) {
      return result([
        draftIssued(await run(draft)),
        await othersDenied(draft, ctx, 'example', 'example-sa'),
        await othersDenied(draft, ctx, 'production', 'debug-shell'),
      ])
    },
    solution: async (d) => ({
      trustPolicy: setSub(d.trustPolicy, sub('production', 'example-sa'), hostPath(d.issuer)),
    }),
  },
  {
    id: 'payments-only',
    level: 'easy',
    start: {
      preset: 'happy-path',
      // The workload moves to namespace `payments`; the trust policy still names `example`.
      async edit(d, ctx) {
        if (!ctx.key) return {}
        const token = await mintToken(d, ctx.key, {
          namespace: 'payments',
          serviceAccount: 'payments-api',
        })
        return {
          token,
          serviceAccount: serviceAccountYaml(
            'payments-api',
            'payments',
            `arn:aws:iam::${d.accountId}:role/${d.roleName}`,
          ),
          pod: podYaml('payments-pod', 'payments', 'payments-api'),
        }
      },
    },
    async check(draft, ctx) {
      const facts = tokenFacts(draft)
      return result([
        draftIssued(await run(draft)),
        {
          key: 'tokenNamespace',
          values: { namespace: 'payments' },
          ok: facts.namespace === 'payments',
        },
        await othersDenied(draft, ctx, 'example', 'example-sa'),
        await othersDenied(draft, ctx, 'example', 'payments-api'),
        await othersDenied(draft, ctx, 'default', 'payments-api'),
      ])
    },
    solution: async (d) => ({
      trustPolicy: setSub(d.trustPolicy, sub('payments', 'payments-api'), hostPath(d.issuer)),
    }),
  },
  {
    id: 'provider-client-id',
    level: 'easy',
    start: { preset: 'provider-client-id-wrong' },
    async check(draft) {
      const facts = tokenFacts(draft)
      return result([
        draftIssued(await run(draft)),
        { key: 'audienceKept', ok: facts.audiences.includes('sts.amazonaws.com') },
      ])
    },
    async solution(d) {
      try {
        const providers = JSON.parse(d.oidcProviders) as { clientIds?: string[] }[]
        for (const p of providers) p.clientIds = ['sts.amazonaws.com']
        return { oidcProviders: JSON.stringify(providers, null, 2) }
      } catch {
        return {}
      }
    },
  },
  {
    id: 'wildcard-string-like',
    level: 'medium',
    start: { preset: 'string-equals-wildcard' },
    async check(draft, ctx) {
      return result([
        draftIssued(await run(draft)),
        await subjectIssued(draft, ctx, 'example', 'debug-shell'),
        await othersDenied(draft, ctx, 'production', 'example-sa'),
      ])
    },
    solution: async (d) => ({
      trustPolicy: renameOperator(d.trustPolicy, 'StringEquals', 'StringLike'),
    }),
  },
  {
    id: 'aud-sub-swapped',
    level: 'medium',
    start: { preset: 'aud-sub-swapped' },
    async check(draft, ctx) {
      return result([
        draftIssued(await run(draft)),
        await othersDenied(draft, ctx, 'example', 'debug-shell'),
        await othersDenied(draft, ctx, 'kube-system', 'example-sa'),
      ])
    },
    solution: async (d) => ({ trustPolicy: swapSubAud(d.trustPolicy) }),
  },
  {
    id: 'two-hour-sessions',
    level: 'medium',
    start: { preset: 'duration-above-max' },
    async check(draft) {
      const trace = await run(draft)
      const expiration = trace.response?.Credentials.Expiration
      const seconds = expiration
        ? (new Date(expiration).getTime() - new Date(draft.now).getTime()) / 1000
        : 0
      return result([draftIssued(trace), { key: 'twoHours', ok: seconds >= 7200 }])
    },
    solution: async () => ({ maxSessionDuration: 7200 }),
  },
  {
    id: 'kubelet-refresh',
    level: 'medium',
    start: { preset: 'expired-token' },
    async check(draft) {
      const { iat, exp } = tokenFacts(draft)
      const refreshAt = iat !== undefined && exp !== undefined ? iat + 0.8 * (exp - iat) : NaN
      return result([
        draftIssued(await run(draft)),
        { key: 'atRefresh', ok: Math.abs(nowSeconds(draft) - refreshAt) <= 600 },
      ])
    },
    async solution(d) {
      const { iat, exp } = tokenFacts(d)
      if (iat === undefined || exp === undefined) return {}
      return { now: isoOf(Math.round(iat + 0.8 * (exp - iat))) }
    },
  },
  {
    id: 'least-privilege-upload',
    level: 'medium',
    start: { preset: 's3-upload-denied' },
    async check(draft) {
      const call = async (action: string, resource: string) =>
        (await run({ ...draft, call: { action, resource } })).call?.decision
      const trace = await run(draft)
      return result([
        draftIssued(trace),
        { key: 'uploadAllowed', ok: trace.call?.decision === 'Allow' },
        {
          key: 'callDenied',
          values: { action: 's3:DeleteObject', resource: 'arn:aws:s3:::example-bucket/photo.jpg' },
          ok: (await call('s3:DeleteObject', 'arn:aws:s3:::example-bucket/photo.jpg')) !== 'Allow',
        },
        {
          key: 'callDenied',
          values: { action: 's3:PutObject', resource: 'arn:aws:s3:::other-bucket/photo.jpg' },
          ok: (await call('s3:PutObject', 'arn:aws:s3:::other-bucket/photo.jpg')) !== 'Allow',
        },
      ])
    },
    solution: async () => ({ permissionPolicy: PUT_ONLY }),
  },
  {
    id: 'rotated-key',
    level: 'hard',
    start: { preset: 'rotated-signing-key' },
    async check(draft) {
      let keys: number
      try {
        keys = (JSON.parse(draft.jwks) as { keys?: unknown[] }).keys?.length ?? 0
      } catch {
        keys = 0
      }
      return result([draftIssued(await run(draft)), { key: 'bothKeys', ok: keys >= 2 }])
    },
    async solution(d, ctx) {
      if (!ctx.key?.publicJwk) return {}
      try {
        const jwks = JSON.parse(d.jwks) as { keys?: unknown[] }
        return {
          jwks: JSON.stringify({ keys: [...(jwks.keys ?? []), ctx.key.publicJwk] }, null, 2),
        }
      } catch {
        return { jwks: JSON.stringify({ keys: [ctx.key.publicJwk] }, null, 2) }
      }
    },
  },
  {
    id: 'close-no-sub',
    level: 'hard',
    start: { preset: 'no-sub-condition' },
    async check(draft, ctx) {
      return result([
        { key: 'hasSub', ok: hasSub(draft.trustPolicy) },
        await subjectIssued(draft, ctx, 'example', 'example-sa'),
        await othersDenied(draft, ctx, 'dev', 'debug-shell'),
        await othersDenied(draft, ctx, 'example', 'debug-shell'),
      ])
    },
    solution: async (d) => ({
      trustPolicy: setSub(d.trustPolicy, sub('example', 'example-sa'), hostPath(d.issuer)),
    }),
  },
]
