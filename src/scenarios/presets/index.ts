/**
 * The gallery: every real IRSA failure (shared/spec §9) as a preset with its documented outcome.
 * Each is the blog post's scenario with one thing changed; `id`s are stable (deep links use them).
 * Titles, the one-sentence why and the fix live in the i18n catalogues under `gallery.<id>`.
 */
import { generateClusterKey, type Scenario, type Trace } from '../../engine'
import { ACCOUNT_ID, ISSUER, blogScenario, podYaml, trustPolicy, type PresetMaterial } from './blog'
import { tamperPayload } from './tamper'

export interface PresetExpectation {
  outcome: Trace['outcome']
  /** The STS (or SDK) error code, when STS refuses. */
  error?: string
  /** The step that fails first. */
  failedStep?: string
  /** The permission decision for the API call, when credentials are issued. */
  call?: 'Allow' | 'ExplicitDeny' | 'ImplicitDeny'
}

export interface Preset {
  id: string
  /** Seen from the attacker's side (the credentials are the problem). */
  attacker?: boolean
  /** The scenario is about the signature itself: a share link keeps its token as it is. */
  signatureSensitive?: boolean
  expected: PresetExpectation
  build: (material: PresetMaterial) => Promise<Scenario>
}

const denied = (error: string, failedStep: string): PresetExpectation => ({
  outcome: 'denied',
  error,
  failedStep,
})
const ONE_DAY = 86400

export const PRESETS: readonly Preset[] = [
  {
    id: 'happy-path',
    expected: { outcome: 'issued', call: 'Allow' },
    build: (m) => blogScenario(m),
  },
  {
    id: 'wrong-namespace',
    expected: denied('AccessDenied', 'trust.statement.0'),
    build: (m) => blogScenario(m, { namespace: 'production' }),
  },
  {
    id: 'wrong-service-account',
    expected: denied('AccessDenied', 'trust.statement.0'),
    build: (m) => blogScenario(m, { serviceAccount: 'photo-uploader' }),
  },
  {
    id: 'string-equals-wildcard',
    expected: denied('AccessDenied', 'trust.statement.0'),
    build: (m) =>
      blogScenario(m, { trustPolicy: trustPolicy({ sub: 'system:serviceaccount:example:*' }) }),
  },
  {
    id: 'aud-sub-swapped',
    expected: denied('AccessDenied', 'trust.statement.0'),
    build: (m) => blogScenario(m, { trustPolicy: trustPolicy({ swapped: true }) }),
  },
  {
    id: 'default-token-audience',
    expected: denied('InvalidIdentityToken', 'sts.audience'),
    build: (m) =>
      blogScenario(m, { audiences: ['https://kubernetes.default.svc'], expirationSeconds: 3607 }),
  },
  {
    id: 'cross-account-no-provider',
    expected: denied('InvalidIdentityToken', 'iam.provider'),
    build: (m) =>
      blogScenario(m, { roleArnAnnotation: 'arn:aws:iam::210987654321:role/example-role' }),
  },
  {
    id: 'provider-client-id-wrong',
    expected: denied('InvalidIdentityToken', 'sts.audience'),
    build: (m) =>
      blogScenario(m, {
        oidcProviders: [{ url: ISSUER, clientIds: ['sts.amazon.com'], thumbprints: [] }],
      }),
  },
  {
    id: 'other-cluster-issuer',
    expected: denied('InvalidIdentityToken', 'iam.provider'),
    build: (m) =>
      blogScenario(m, {
        issuer: 'https://oidc.eks.us-east-1.amazonaws.com/id/0F1E2D3C4B5A69788796A5B4C3D2E1F0',
      }),
  },
  {
    id: 'expired-token',
    expected: denied('ExpiredTokenException', 'jwt.time'),
    build: (m) =>
      blogScenario(m, {
        now: new Date(new Date(m.issuedAt).getTime() + (ONE_DAY + 3600) * 1000).toISOString(),
      }),
  },
  {
    // Three minutes past exp: still accepted, within the five-minute clock skew (IAM User Guide).
    id: 'expired-within-skew',
    expected: { outcome: 'issued', call: 'Allow' },
    build: (m) =>
      blogScenario(m, {
        now: new Date(new Date(m.issuedAt).getTime() + (ONE_DAY + 180) * 1000).toISOString(),
      }),
  },
  {
    id: 'tampered-payload',
    signatureSensitive: true,
    attacker: true,
    expected: denied('InvalidIdentityToken', 'jwt.signature'),
    async build(m) {
      const scenario = await blogScenario(m)
      scenario.token = tamperPayload(scenario.token, (claims) => {
        claims.sub = 'system:serviceaccount:kube-system:admin'
      })
      return scenario
    },
  },
  {
    id: 'rotated-signing-key',
    signatureSensitive: true,
    expected: denied('InvalidIdentityToken', 'jwt.key'),
    async build(m) {
      const scenario = await blogScenario(m)
      const next = await generateClusterKey('RS256')
      scenario.cluster.jwks = { keys: [next.publicJwk as Record<string, unknown>] }
      return scenario
    },
  },
  {
    id: 'no-sub-condition',
    attacker: true,
    expected: { outcome: 'issued', call: 'Allow' },
    build: (m) =>
      blogScenario(m, {
        namespace: 'dev',
        serviceAccount: 'debug-shell',
        trustPolicy: trustPolicy({ sub: null }),
      }),
  },
  {
    id: 'namespace-wildcard',
    attacker: true,
    expected: { outcome: 'issued', call: 'Allow' },
    build: (m) =>
      blogScenario(m, {
        serviceAccount: 'debug-shell',
        trustPolicy: trustPolicy({
          sub: 'system:serviceaccount:example:*',
          operator: 'StringLike',
        }),
      }),
  },
  {
    id: 'explicit-deny',
    expected: denied('AccessDenied', 'trust.statement.1'),
    build: (m) =>
      blogScenario(m, {
        trustPolicy: trustPolicy({
          extraStatements: [
            {
              Sid: 'NoExampleNamespace',
              Effect: 'Deny',
              Principal: {
                Federated: `arn:aws:iam::${ACCOUNT_ID}:oidc-provider/${ISSUER.replace('https://', '')}`,
              },
              Action: 'sts:AssumeRoleWithWebIdentity',
              Condition: {
                StringLike: {
                  [`${ISSUER.replace('https://', '')}:sub`]: 'system:serviceaccount:example:*',
                },
              },
            },
          ],
        }),
      }),
  },
  {
    id: 'duration-above-max',
    expected: denied('ValidationError', 'sts.duration'),
    build: (m) => blogScenario(m, { request: { durationSeconds: 7200 } }),
  },
  {
    id: 'malformed-role-arn',
    expected: denied('ValidationError', 'sts.request'),
    // The blog post's own example account id has 8 digits: the webhook injects it anyway.
    build: (m) => blogScenario(m, { roleArnAnnotation: 'arn:aws:iam::12345678:role/example-role' }),
  },
  {
    id: 'annotation-after-pod-start',
    expected: { outcome: 'denied', failedStep: 'sdk.credential-chain' },
    build: (m) =>
      blogScenario(m, {
        pod:
          podYaml('example-pod', 'example', 'example-sa').replace(
            '  namespace: example\n',
            '  namespace: example\n  uid: 0b0f7b1e-5a4c-4d38-9a57-1c2d3e4f5a6b\n  creationTimestamp: "2026-11-28T09:00:00Z"\n',
          ) + 'status:\n  phase: Running\n',
      }),
  },
  {
    // No role-arn annotation: the webhook injects nothing, the SDK takes the node's instance role
    // from IMDS, and the upload is denied to the node role (the error names it, not the app's role).
    id: 'node-role-fallback',
    expected: { outcome: 'denied', failedStep: 'sdk.credential-chain' },
    build: (m) => blogScenario(m, { roleArnAnnotation: null }),
  },
  {
    id: 's3-upload-denied',
    expected: { outcome: 'issued', call: 'ImplicitDeny' },
    build: (m) =>
      blogScenario(m, {
        permissionPolicy: JSON.stringify(
          {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Action: 's3:GetObject',
                Resource: 'arn:aws:s3:::example-bucket/*',
              },
            ],
          },
          null,
          2,
        ),
      }),
  },
]

export { DEFAULT_PRESET_ID } from './ids'

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id)
}
