import { describe, expect, it } from 'vitest'
import { mutatePod } from './mutatePod'
import { applyPatch } from './patch'
import {
  codes,
  container,
  env,
  identityEnv,
  mutated,
  type MutationRow,
  pod,
  ROLE,
  sa,
  tokenMount,
  tokenVolume,
} from './testing'

// The annotation and flag rules of pkg/cache/cache.go and pkg/handler/handler.go that the
// upstream testdata does not cover (spec §3.2–§3.4).
const mutations: MutationRow[] = [
  {
    name: 'empty volume list: inserted at /spec/volumes/0',
    pod: pod({ containers: [container('app')], volumes: [] }),
    sa: sa(),
    patch: [
      { op: 'add', path: '/spec/volumes/0', value: tokenVolume() },
      { op: 'add', path: '/spec/containers', value: [mutated('app', identityEnv())] },
    ],
  },
  ...['1', 't', 'T', 'TRUE', 'true', 'True'].map((value) => ({
    name: `SA sts-regional-endpoints "${value}" (Go ParseBool true) enables it without the flag`,
    pod: pod({ containers: [container('app')] }),
    sa: sa({ 'eks.amazonaws.com/sts-regional-endpoints': value }),
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume()] },
      {
        op: 'add',
        path: '/spec/containers',
        value: [mutated('app', [env('AWS_STS_REGIONAL_ENDPOINTS', 'regional'), ...identityEnv()])],
      },
    ],
  })),
  ...['yes', ' true', 'tRUE', ''].map((value) => ({
    name: `SA sts-regional-endpoints ${JSON.stringify(value)} is invalid: the flag applies`,
    pod: pod({ containers: [container('app')] }),
    sa: sa({ 'eks.amazonaws.com/sts-regional-endpoints': value }),
    config: { stsRegionalEndpoints: true },
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume()] },
      {
        op: 'add',
        path: '/spec/containers',
        value: [mutated('app', [env('AWS_STS_REGIONAL_ENDPOINTS', 'regional'), ...identityEnv()])],
      },
    ],
    findings: [
      'webhook.sa.sts-regional-endpoints-invalid /metadata/annotations/eks.amazonaws.com~1sts-regional-endpoints',
    ],
  })),
  {
    name: 'AWS_DEFAULT_REGION alone blocks both region variables',
    pod: pod({ containers: [container('app', { env: [env('AWS_DEFAULT_REGION', 'paris')] })] }),
    sa: sa(),
    config: { region: 'us-west-2' },
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume()] },
      {
        op: 'add',
        path: '/spec/containers',
        value: [mutated('app', [env('AWS_DEFAULT_REGION', 'paris'), ...identityEnv()])],
      },
    ],
    findings: ['webhook.pod.region-env-present /spec/containers/0/env/0'],
  },
  {
    name: 'AWS_WEB_IDENTITY_TOKEN_FILE alone blocks the identity pair',
    pod: pod({
      containers: [container('app', { env: [env('AWS_WEB_IDENTITY_TOKEN_FILE', '/mine')] })],
    }),
    sa: sa(),
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume()] },
      {
        op: 'add',
        path: '/spec/containers',
        value: [mutated('app', [env('AWS_WEB_IDENTITY_TOKEN_FILE', '/mine')])],
      },
    ],
    findings: ['webhook.pod.identity-env-present /spec/containers/0/env/0'],
  },
  {
    name: 'skip-containers is one CSV record over init containers too; spaces count',
    pod: pod(
      { initContainers: [container('init')], containers: [container('app'), container('sidecar')] },
      { 'eks.amazonaws.com/skip-containers': 'init, sidecar' },
    ),
    sa: sa(),
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume()] },
      {
        op: 'add',
        path: '/spec/containers',
        value: [mutated('app', identityEnv()), mutated('sidecar', identityEnv())],
      },
      {
        op: 'add',
        path: '/spec/initContainers',
        value: [{ name: 'init', image: 'amazonlinux', resources: {} }],
      },
    ],
    findings: [
      'webhook.pod.container-skipped /spec/initContainers/0',
      'webhook.pod.skip-containers-unmatched /metadata/annotations/eks.amazonaws.com~1skip-containers',
    ],
  },
  {
    name: 'skip-containers that is not valid CSV skips nothing',
    pod: pod({ containers: [container('app')] }, { 'eks.amazonaws.com/skip-containers': 'a"pp' }),
    sa: sa(),
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume()] },
      { op: 'add', path: '/spec/containers', value: [mutated('app', identityEnv())] },
    ],
    findings: [
      'webhook.pod.skip-containers-invalid /metadata/annotations/eks.amazonaws.com~1skip-containers',
    ],
  },
  {
    name: 'SA token-expiration annotation',
    pod: pod({ containers: [container('app')] }),
    sa: sa({ 'eks.amazonaws.com/token-expiration': '7200' }),
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume(7200)] },
      { op: 'add', path: '/spec/containers', value: [mutated('app', identityEnv())] },
    ],
  },
  {
    name: 'pod token-expiration wins over the SA one',
    pod: pod({ containers: [container('app')] }, { 'eks.amazonaws.com/token-expiration': '+3600' }),
    sa: sa({ 'eks.amazonaws.com/token-expiration': '7200' }),
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume(3600)] },
      { op: 'add', path: '/spec/containers', value: [mutated('app', identityEnv())] },
    ],
  },
  {
    name: 'invalid token-expirations fall back: pod → SA, SA → flag',
    pod: pod({ containers: [container('app')] }, { 'eks.amazonaws.com/token-expiration': '1h' }),
    sa: sa({ 'eks.amazonaws.com/token-expiration': '1_000' }),
    config: { tokenExpiration: 5000 },
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume(5000)] },
      { op: 'add', path: '/spec/containers', value: [mutated('app', identityEnv())] },
    ],
    findings: [
      'webhook.pod.token-expiration-invalid /metadata/annotations/eks.amazonaws.com~1token-expiration',
      'webhook.sa.token-expiration-invalid /metadata/annotations/eks.amazonaws.com~1token-expiration',
    ],
  },
  {
    name: 'SA token-expiration below 600 is raised; the flag below 600 too',
    pod: pod({ containers: [container('app')] }),
    sa: sa({ 'eks.amazonaws.com/token-expiration': '-5' }),
    config: { tokenExpiration: 60 },
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume(600)] },
      { op: 'add', path: '/spec/containers', value: [mutated('app', identityEnv())] },
    ],
    findings: [
      'webhook.sa.token-expiration-raised /metadata/annotations/eks.amazonaws.com~1token-expiration',
    ],
  },
  {
    name: 'no upper clamp: above 2^32 is injected, and flagged',
    pod: pod({ containers: [container('app')] }),
    sa: sa({ 'eks.amazonaws.com/token-expiration': '5000000000' }),
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume(5000000000)] },
      { op: 'add', path: '/spec/containers', value: [mutated('app', identityEnv())] },
    ],
    findings: [
      'webhook.sa.token-expiration-too-large /metadata/annotations/eks.amazonaws.com~1token-expiration',
    ],
  },
  {
    name: 'malformed role ARN is still injected, with a warning',
    pod: pod({ containers: [container('app')] }),
    sa: sa({}, 'arn:aws:iam::12345:role/s3-reader'),
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume()] },
      {
        op: 'add',
        path: '/spec/containers',
        value: [mutated('app', identityEnv('arn:aws:iam::12345:role/s3-reader'))],
      },
    ],
    findings: ['webhook.sa.role-arn-malformed /metadata/annotations/eks.amazonaws.com~1role-arn'],
  },
  {
    name: 'audience annotation sets the volume audience',
    pod: pod({ containers: [container('app')] }),
    sa: sa({ 'eks.amazonaws.com/audience': 'my-audience' }),
    config: { defaultAudience: 'ignored' },
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume(86400, 'my-audience')] },
      { op: 'add', path: '/spec/containers', value: [mutated('app', identityEnv())] },
    ],
    findings: ['webhook.sa.audience-not-sts /metadata/annotations/eks.amazonaws.com~1audience'],
  },
  {
    name: 'empty audience is omitted from the volume (omitempty)',
    pod: pod({ containers: [container('app')] }),
    sa: sa({ 'eks.amazonaws.com/audience': '' }),
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume(86400, null)] },
      { op: 'add', path: '/spec/containers', value: [mutated('app', identityEnv())] },
    ],
    findings: ['webhook.sa.audience-empty /metadata/annotations/eks.amazonaws.com~1audience'],
  },
  {
    name: 'flags: audience, mount path (Go path.Join cleans the token file path), prefix',
    pod: pod({ containers: [container('app')] }, { 'example.com/token-expiration': '1200' }),
    sa: {
      kind: 'ServiceAccount',
      metadata: { name: 'default', annotations: { 'example.com/role-arn': ROLE } },
    },
    config: {
      defaultAudience: 'sts.amazonaws.com',
      mountPath: '/custom//path/',
      annotationPrefix: 'example.com',
    },
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume(1200)] },
      {
        op: 'add',
        path: '/spec/containers',
        value: [
          {
            ...mutated('app', identityEnv(ROLE, '/custom/path/token')),
            volumeMounts: [tokenMount('/custom//path/')],
          },
        ],
      },
    ],
  },
  {
    name: 'an already mutated pod: the same values are written again',
    pod: pod({
      containers: [
        {
          name: 'app',
          image: 'amazonlinux',
          env: identityEnv(),
          resources: {},
          volumeMounts: [tokenMount()],
        },
      ],
      volumes: [tokenVolume()],
    }),
    sa: sa(),
    patch: [
      {
        op: 'add',
        path: '/spec/containers',
        value: [mutated('app', identityEnv())],
      },
    ],
    findings: ['webhook.pod.unchanged /spec'],
  },
]

describe('mutatePod: annotation and flag rules', () => {
  it.each(mutations)('$name', (row) => {
    // Given the pod, its ServiceAccount and the webhook flags
    const before = structuredClone(row.pod)
    // When the webhook admits the pod
    const mutation = mutatePod(row.pod, row.sa, row.config)
    // Then the patch is exactly the webhook's, and the pod is the input with it applied
    expect(mutation.skipped).toBe(false)
    expect(mutation.patch).toEqual(row.patch)
    expect(codes(mutation.findings)).toEqual([...(row.findings ?? [])].sort())
    const applied = applyPatch(row.pod, mutation.patch)
    expect(applied).toEqual({ ok: true, value: mutation.pod })
    expect(row.pod).toEqual(before)
  })
})
