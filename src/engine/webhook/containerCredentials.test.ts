import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ContainerCredentialsConfig } from './containerCredentials'
import { fnv1a32, jitteredExpiration } from './containerCredentials'
import { mutatePod } from './mutatePod'
import { applyPatch } from './patch'
import { codes, container, env, pod, regionEnv, ROLE, sa } from './testing'

// The upstream tests (handler_pod_test.go buildFakeConfigFromPod) configure every flag with
// "con-creds-*" values and a rand that always draws 0: jitterSeconds 0 reproduces it.
const UPSTREAM: ContainerCredentialsConfig = {
  identities: [{ namespace: 'default', serviceAccount: 'default' }],
  audience: 'con-creds-aud',
  mountPath: '/con-creds-mount-path',
  volumeName: 'con-creds-volume-name',
  tokenPath: 'con-creds-token-path',
  fullUri: 'con-creds-uri',
  jitterSeconds: 0,
}
const LABEL = {
  op: 'add',
  path: '/metadata/labels',
  value: { 'eks.amazonaws.com/pod-identity': 'enabled' },
}
const volume = (expirationSeconds: number, name = 'con-creds-volume-name') => ({
  name,
  projected: {
    sources: [
      {
        serviceAccountToken: {
          audience: 'con-creds-aud',
          expirationSeconds,
          path: 'con-creds-token-path',
        },
      },
    ],
  },
})
const credentialsEnv = [
  env('AWS_CONTAINER_CREDENTIALS_FULL_URI', 'con-creds-uri'),
  env('AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE', '/con-creds-mount-path/con-creds-token-path'),
]
const mount = (mountPath = '/con-creds-mount-path') => ({
  name: 'con-creds-volume-name',
  readOnly: true,
  mountPath,
})
const mutated = (name: string, envs: object[], mountPath?: string) => ({
  name,
  image: 'amazonlinux',
  env: envs,
  resources: {},
  volumeMounts: [mount(mountPath)],
})
const SA_ANNOTATIONS = {
  'eks.amazonaws.com/sts-regional-endpoints': 'true',
  'eks.amazonaws.com/token-expiration': '10000',
}
const SELECTED = 'webhook.container-credentials.selected /spec'
const JITTER = 'webhook.container-credentials.jitter /spec'

// Ports of aws/amazon-eks-pod-identity-webhook pkg/handler/testdata/containercredentials/*.pod.yaml.
const upstream = [
  {
    name: 'rawPodNeedsAll: regional STS, region and the two variables',
    pod: pod({ containers: [container('balajilovesoreos')] }),
    sa: sa(SA_ANNOTATIONS, null),
    config: { containerCredentials: UPSTREAM, region: 'cn-north-1' },
    patch: [
      LABEL,
      { op: 'add', path: '/spec/volumes', value: [volume(10000)] },
      {
        op: 'add',
        path: '/spec/containers',
        value: [
          mutated('balajilovesoreos', [
            env('AWS_STS_REGIONAL_ENDPOINTS', 'regional'),
            ...regionEnv('cn-north-1'),
            ...credentialsEnv,
          ]),
        ],
      },
    ],
    findings: [SELECTED],
  },
  {
    name: 'rawPodSkip: skip-containers applies; default expiration jittered to 79200',
    pod: pod(
      { containers: [container('sidecar'), container('balajilovesoreos')] },
      { 'eks.amazonaws.com/skip-containers': 'sidecar' },
    ),
    sa: sa({}, null),
    config: { containerCredentials: UPSTREAM },
    patch: [
      LABEL,
      { op: 'add', path: '/spec/volumes', value: [volume(79200)] },
      {
        op: 'add',
        path: '/spec/containers',
        value: [
          { name: 'sidecar', image: 'amazonlinux', resources: {} },
          mutated('balajilovesoreos', credentialsEnv),
        ],
      },
    ],
    findings: [SELECTED, JITTER, 'webhook.pod.container-skipped /spec/containers/0'],
  },
  {
    name: 'rawPodWithConflictingVolumeMount: existing volume and mount are kept',
    pod: pod({
      containers: [
        container('balajilovesoreos', {
          volumeMounts: [
            { mountPath: '/some/other/path', name: 'con-creds-volume-name', readOnly: true },
          ],
        }),
      ],
      volumes: [{ name: 'con-creds-volume-name', hostPath: { path: 'token' } }],
    }),
    sa: sa({}, null),
    config: { containerCredentials: UPSTREAM },
    patch: [
      LABEL,
      {
        op: 'add',
        path: '/spec/containers',
        value: [mutated('balajilovesoreos', credentialsEnv, '/some/other/path')],
      },
    ],
    findings: [
      SELECTED,
      JITTER,
      'webhook.pod.volume-exists /spec/volumes/0',
      'webhook.pod.volume-mount-exists /spec/containers/0/volumeMounts/0',
    ],
  },
  {
    name: 'rawPodWithRoleArn: container credentials take precedence over the role-arn annotation',
    pod: pod({ containers: [container('balajilovesoreos')] }),
    sa: sa(SA_ANNOTATIONS, 'arn:aws-cn:iam::111122223333:role/s3-reader'),
    config: { containerCredentials: UPSTREAM },
    patch: [
      LABEL,
      { op: 'add', path: '/spec/volumes', value: [volume(10000)] },
      {
        op: 'add',
        path: '/spec/containers',
        value: [
          mutated('balajilovesoreos', [
            env('AWS_STS_REGIONAL_ENDPOINTS', 'regional'),
            ...credentialsEnv,
          ]),
        ],
      },
    ],
    findings: [
      SELECTED,
      'webhook.container-credentials.role-arn-ignored /metadata/annotations/eks.amazonaws.com~1role-arn',
    ],
  },
  {
    name: 'rawPodWithVolume: the token volume is inserted first',
    pod: pod({ containers: [container('balajilovesoreos')], volumes: [{ name: 'tokenPath' }] }),
    sa: sa({}, null),
    config: { containerCredentials: UPSTREAM },
    patch: [
      LABEL,
      { op: 'add', path: '/spec/volumes/0', value: volume(79200) },
      { op: 'add', path: '/spec/containers', value: [mutated('balajilovesoreos', credentialsEnv)] },
    ],
    findings: [SELECTED, JITTER],
  },
  {
    name: 'rawPodWithoutVolumes: the volume list is created',
    pod: pod({ containers: [container('balajilovesoreos')] }),
    sa: sa({}, null),
    config: { containerCredentials: UPSTREAM },
    patch: [
      LABEL,
      { op: 'add', path: '/spec/volumes', value: [volume(79200)] },
      { op: 'add', path: '/spec/containers', value: [mutated('balajilovesoreos', credentialsEnv)] },
    ],
    findings: [SELECTED, JITTER],
  },
]

describe('mutatePod: container-credentials mode, the upstream testdata', () => {
  it.each(upstream)('$name', (row) => {
    // Given a pod whose ServiceAccount is listed in the container-credentials config
    const before = structuredClone(row.pod)
    // When the webhook admits it
    const mutation = mutatePod(row.pod, row.sa, row.config)
    // Then the patch is the webhook's and the pod is the input with the patch applied
    expect(mutation.skipped).toBe(false)
    expect(mutation.patch).toEqual(row.patch)
    expect(codes(mutation.findings)).toEqual([...row.findings].sort())
    expect(applyPatch(row.pod, mutation.patch)).toEqual({ ok: true, value: mutation.pod })
    expect(row.pod).toEqual(before)
  })
})

const listed = { identities: [{ namespace: 'default', serviceAccount: 'default' }] }

describe('mutatePod: container-credentials mode, defaults and edges', () => {
  it('injects the EKS defaults: audience, volume, mount, URI and token file', () => {
    const mutation = mutatePod(pod({ containers: [container('app')] }), sa({}, null), {
      containerCredentials: listed,
    })
    const spec = (mutation.pod as { spec: Record<string, unknown> }).spec
    const token = (
      spec.volumes as {
        projected: { sources: { serviceAccountToken: Record<string, unknown> }[] }
      }[]
    )[0]!.projected.sources[0]!.serviceAccountToken
    expect(token.audience).toBe('pods.eks.amazonaws.com')
    expect(token.path).toBe('eks-pod-identity-token')
    expect(token.expirationSeconds).toBeGreaterThanOrEqual(79200)
    expect(token.expirationSeconds).toBeLessThanOrEqual(86400)
    expect((spec.containers as unknown[])[0]).toEqual({
      name: 'app',
      image: 'amazonlinux',
      env: [
        env('AWS_CONTAINER_CREDENTIALS_FULL_URI', 'http://169.254.170.23/v1/credentials'),
        env(
          'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE',
          '/var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token',
        ),
      ],
      resources: {},
      volumeMounts: [
        {
          name: 'eks-pod-identity-token',
          readOnly: true,
          mountPath: '/var/run/secrets/pods.eks.amazonaws.com/serviceaccount',
        },
      ],
    })
  })

  it.each([
    {
      name: 'existing labels: one key is added',
      labels: { app: 'web' } as Record<string, string> | undefined,
      op: { op: 'add', path: '/metadata/labels/eks.amazonaws.com~1pod-identity', value: 'enabled' },
    },
    { name: 'no labels: the map is created', labels: undefined, op: LABEL },
  ])('label: $name', ({ labels, op }) => {
    const mutation = mutatePod(
      pod({ containers: [container('app')] }, undefined, labels),
      sa({}, null),
      {
        containerCredentials: listed,
      },
    )
    expect(mutation.patch[0]).toEqual(op)
    expect(
      (mutation.pod as { metadata: { labels: Record<string, string> } }).metadata.labels,
    ).toEqual({
      ...labels,
      'eks.amazonaws.com/pod-identity': 'enabled',
    })
  })

  it.each([
    { name: 'other namespace', identities: [{ namespace: 'other', serviceAccount: 'default' }] },
    { name: 'other ServiceAccount', identities: [{ namespace: 'default', serviceAccount: 'x' }] },
    { name: 'malformed entries', identities: [null, 'default', { namespace: 1 }] as never },
  ])('not listed ($name): IRSA mode applies', ({ identities }) => {
    const mutation = mutatePod(pod({ containers: [container('app')] }), sa(), {
      containerCredentials: { identities },
    })
    expect(JSON.stringify(mutation.patch)).toContain(ROLE)
    expect(JSON.stringify(mutation.patch)).not.toContain('pod-identity')
  })

  it('not listed and no role-arn: skipped', () => {
    const mutation = mutatePod(pod({ containers: [container('app')] }), sa({}, null), {
      containerCredentials: { identities: [] },
    })
    expect(mutation.skipped).toBe(true)
  })

  it('Windows pods get a Windows token file path', () => {
    const mutation = mutatePod(
      pod({ containers: [container('app')], nodeSelector: { 'kubernetes.io/os': 'windows' } }),
      sa({}, null),
      { containerCredentials: listed },
    )
    expect(JSON.stringify(mutation.pod)).toContain(
      'C:\\\\var\\\\run\\\\secrets\\\\pods.eks.amazonaws.com\\\\serviceaccount\\\\eks-pod-identity-token',
    )
  })

  it('a pod without metadata still gets its label', () => {
    const mutation = mutatePod(
      { spec: { serviceAccountName: 'default', containers: [container('app')] } },
      sa({}, null),
      { containerCredentials: listed },
    )
    expect(codes(mutation.findings)).not.toContain('webhook.internal-error -')
    expect((mutation.pod as { metadata: unknown }).metadata).toEqual({
      labels: { 'eks.amazonaws.com/pod-identity': 'enabled' },
    })
  })

  it('a container that already has both variables, a region and regional STS is left as is', () => {
    const envs = [
      env('AWS_CONTAINER_CREDENTIALS_FULL_URI', 'x'),
      env('AWS_REGION', 'eu-west-1'),
      env('AWS_STS_REGIONAL_ENDPOINTS', 'regional'),
    ]
    const mutation = mutatePod(
      pod({ containers: [container('app', { env: envs })] }),
      sa({}, null),
      {
        containerCredentials: listed,
      },
    )
    expect(codes(mutation.findings)).toContain('webhook.pod.container-unchanged /spec/containers/0')
    expect(codes(mutation.findings)).toContain(
      'webhook.container-credentials.env-present /spec/containers/0/env/0',
    )
  })
})

describe('jitteredExpiration', () => {
  it.each([
    { name: 'non-default expiration kept', expiration: 10000, jitter: undefined, expected: 10000 },
    { name: 'zero draw', expiration: 86400, jitter: 0, expected: 79200 },
    { name: 'largest draw', expiration: 86400, jitter: 7200, expected: 86400 },
    { name: 'draw wraps modulo 7201', expiration: 86400, jitter: 7201, expected: 79200 },
  ])('$name', ({ expiration, jitter, expected }) => {
    expect(jitteredExpiration(expiration, 'seed', jitter)).toBe(expected)
  })

  it('FNV-1a matches its published test vectors', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5)
    expect(fnv1a32('a')).toBe(0xe40c292c)
    expect(fnv1a32('foobar')).toBe(0xbf9cf968)
  })

  it('derived jitter is deterministic and within [79200, 86400]', () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const value = jitteredExpiration(86400, seed)
        return value === jitteredExpiration(86400, seed) && value >= 79200 && value <= 86400
      }),
    )
  })
})

describe('mutatePod: container-credentials never throws', () => {
  it('on any config value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const mutation = mutatePod(pod({ containers: [container('app')] }), sa(), {
          containerCredentials: value as never,
        })
        return Array.isArray(mutation.patch)
      }),
    )
  })
})
