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
  regionEnv,
  ROLE,
  sa,
  tokenVolume,
} from './testing'

const WINDOWS_TOKEN_FILE = 'C:\\var\\run\\secrets\\eks.amazonaws.com\\serviceaccount\\token'
const CN_ROLE = 'arn:aws-cn:iam::111122223333:role/s3-reader'

// Ports of aws/amazon-eks-pod-identity-webhook pkg/handler/testdata/*.pod.yaml, expected patches
// included (in our own data; the file each row ports is named in brackets).
const mutations: MutationRow[] = [
  {
    name: 'default: volume list created, identity variables and mount (rawPodWithoutVolumes)',
    pod: pod({ containers: [container('app')] }),
    sa: sa(),
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume()] },
      { op: 'add', path: '/spec/containers', value: [mutated('app', identityEnv())] },
    ],
  },
  {
    name: 'existing volumes: token volume inserted first (rawPodWithVolumes)',
    pod: pod({ containers: [container('app')], volumes: [{ name: 'my-volume' }] }),
    sa: sa(),
    patch: [
      { op: 'add', path: '/spec/volumes/0', value: tokenVolume() },
      { op: 'add', path: '/spec/containers', value: [mutated('app', identityEnv())] },
    ],
  },
  {
    name: 'region flag adds AWS_DEFAULT_REGION then AWS_REGION (rawPodNeedsRegion)',
    pod: pod({ containers: [container('app')] }),
    sa: sa(),
    config: { region: 'seattle' },
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume()] },
      {
        op: 'add',
        path: '/spec/containers',
        value: [mutated('app', [...regionEnv('seattle'), ...identityEnv()])],
      },
    ],
  },
  {
    name: 'init containers are mutated and patched after containers (initPodNeedsRegion)',
    pod: pod({ initContainers: [container('init')], containers: [container('app')] }),
    sa: sa(),
    config: { region: 'seattle' },
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume()] },
      {
        op: 'add',
        path: '/spec/containers',
        value: [mutated('app', [...regionEnv('seattle'), ...identityEnv()])],
      },
      {
        op: 'add',
        path: '/spec/initContainers',
        value: [mutated('init', [...regionEnv('seattle'), ...identityEnv()])],
      },
    ],
  },
  {
    name: 'native sidecar (restartPolicy Always) is mutated too (rawPodWithInitContainer)',
    pod: pod({
      initContainers: [container('init'), container('sidecar', { restartPolicy: 'Always' })],
      containers: [container('app')],
    }),
    sa: sa(),
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume()] },
      { op: 'add', path: '/spec/containers', value: [mutated('app', identityEnv())] },
      {
        op: 'add',
        path: '/spec/initContainers',
        value: [
          mutated('init', identityEnv()),
          mutated('sidecar', identityEnv(), { restartPolicy: 'Always' }),
        ],
      },
    ],
  },
  {
    name: 'regional STS flag: AWS_STS_REGIONAL_ENDPOINTS first (rawPodNeedsSTS)',
    pod: pod({ containers: [container('app')] }),
    sa: sa({}, CN_ROLE),
    config: { region: 'cn-north-1', stsRegionalEndpoints: true },
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume()] },
      {
        op: 'add',
        path: '/spec/containers',
        value: [
          mutated('app', [
            env('AWS_STS_REGIONAL_ENDPOINTS', 'regional'),
            ...regionEnv('cn-north-1'),
            ...identityEnv(CN_ROLE),
          ]),
        ],
      },
    ],
  },
  {
    name: 'SA sts-regional-endpoints "false" overrides the flag (rawPodNoSTSAnnotationOverride)',
    pod: pod({ containers: [container('app')] }),
    sa: sa({ 'eks.amazonaws.com/sts-regional-endpoints': 'false' }),
    config: { region: 'us-east-1', stsRegionalEndpoints: true },
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume()] },
      {
        op: 'add',
        path: '/spec/containers',
        value: [mutated('app', [...regionEnv('us-east-1'), ...identityEnv()])],
      },
    ],
  },
  {
    name: 'region and STS variables present: only the identity pair is added (rawPodHasSTS)',
    pod: pod({
      containers: [
        container('app', {
          env: [env('AWS_REGION', 'cn-northwest-1'), env('AWS_STS_REGIONAL_ENDPOINTS', 'regional')],
        }),
      ],
    }),
    sa: sa({}, CN_ROLE),
    config: { region: 'cn-north-1', stsRegionalEndpoints: true },
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume()] },
      {
        op: 'add',
        path: '/spec/containers',
        value: [
          mutated('app', [
            env('AWS_REGION', 'cn-northwest-1'),
            env('AWS_STS_REGIONAL_ENDPOINTS', 'regional'),
            ...identityEnv(CN_ROLE),
          ]),
        ],
      },
    ],
    findings: [
      'webhook.pod.region-env-present /spec/containers/0/env/0',
      'webhook.pod.sts-env-present /spec/containers/0/env/1',
    ],
  },
  {
    name: 'all variables present: container left as is, no mount (rawPodHasAll)',
    pod: pod({
      containers: [
        container('app', {
          env: [
            env('AWS_REGION', 'cn-northwest-1'),
            env('AWS_STS_REGIONAL_ENDPOINTS', 'regional'),
            env('AWS_ROLE_ARN', CN_ROLE),
          ],
        }),
      ],
    }),
    sa: sa({}, CN_ROLE),
    config: { region: 'cn-north-1', stsRegionalEndpoints: true, tokenExpiration: 3600 },
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume(3600)] },
      {
        op: 'add',
        path: '/spec/containers',
        value: [
          {
            name: 'app',
            image: 'amazonlinux',
            env: [
              env('AWS_REGION', 'cn-northwest-1'),
              env('AWS_STS_REGIONAL_ENDPOINTS', 'regional'),
              env('AWS_ROLE_ARN', CN_ROLE),
            ],
            resources: {},
          },
        ],
      },
    ],
    findings: [
      'webhook.pod.container-unchanged /spec/containers/0',
      'webhook.pod.identity-env-present /spec/containers/0/env/2',
      'webhook.pod.region-env-present /spec/containers/0/env/0',
      'webhook.pod.sts-env-present /spec/containers/0/env/1',
    ],
  },
  {
    name: 'AWS_REGION present: no region variable added (rawPodRegionPresent)',
    pod: pod({ containers: [container('app', { env: [env('AWS_REGION', 'paris')] })] }),
    sa: sa(),
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume()] },
      {
        op: 'add',
        path: '/spec/containers',
        value: [mutated('app', [env('AWS_REGION', 'paris'), ...identityEnv()])],
      },
    ],
  },
  {
    name: 'skip-containers and a preset AWS_ROLE_ARN (rawPodSkip)',
    pod: pod(
      {
        containers: [
          container('sidecar'),
          container('app', { env: [env('AWS_ROLE_ARN', 'already-defined')] }),
        ],
      },
      { 'eks.amazonaws.com/skip-containers': 'sidecar' },
    ),
    sa: sa(),
    config: { region: 'us-west-2' },
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume()] },
      {
        op: 'add',
        path: '/spec/containers',
        value: [
          { name: 'sidecar', image: 'amazonlinux', resources: {} },
          mutated('app', [env('AWS_ROLE_ARN', 'already-defined'), ...regionEnv('us-west-2')]),
        ],
      },
    ],
    findings: [
      'webhook.pod.container-skipped /spec/containers/0',
      'webhook.pod.identity-env-present /spec/containers/1/env/0',
    ],
  },
  {
    name: 'volume and mount already present: kept as they are (rawPodHasVolumeMount)',
    pod: pod({
      containers: [
        container('app', { volumeMounts: [{ name: 'aws-iam-token', path: '/path/to/token' }] }),
      ],
      volumes: [{ name: 'aws-iam-token', hostPath: { path: '/path/to/token' } }],
    }),
    sa: sa(),
    patch: [
      {
        op: 'add',
        path: '/spec/containers',
        value: [
          {
            name: 'app',
            image: 'amazonlinux',
            env: identityEnv(),
            resources: {},
            volumeMounts: [{ name: 'aws-iam-token', mountPath: '' }],
          },
        ],
      },
    ],
    findings: [
      'webhook.pod.volume-exists /spec/volumes/0',
      'webhook.pod.volume-mount-exists /spec/containers/0/volumeMounts/0',
    ],
  },
  {
    name: 'pod token-expiration annotation (rawPodHasTokenExpiration)',
    pod: pod({ containers: [container('app')] }, { 'eks.amazonaws.com/token-expiration': '3600' }),
    sa: sa(),
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume(3600)] },
      { op: 'add', path: '/spec/containers', value: [mutated('app', identityEnv())] },
    ],
  },
  {
    name: 'pod token-expiration "0" is raised to 600 (rawPodMinTokenExpiration)',
    pod: pod({ containers: [container('app')] }, { 'eks.amazonaws.com/token-expiration': '0' }),
    sa: sa(),
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume(600)] },
      { op: 'add', path: '/spec/containers', value: [mutated('app', identityEnv())] },
    ],
    findings: [
      'webhook.pod.token-expiration-raised /metadata/annotations/eks.amazonaws.com~1token-expiration',
    ],
  },
  ...['kubernetes.io/os', 'beta.kubernetes.io/os'].map((key) => ({
    name: `Windows pod (${key}): Windows token path, Linux mount path (windowsPodWithoutVolumes)`,
    pod: pod({ containers: [container('app')], nodeSelector: { [key]: 'windows' } }),
    sa: sa(),
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume()] },
      {
        op: 'add',
        path: '/spec/containers',
        value: [mutated('app', identityEnv(ROLE, WINDOWS_TOKEN_FILE))],
      },
    ],
    findings: ['webhook.pod.windows /spec/nodeSelector'],
  })),
  {
    name: 'deeper container fields are kept (rawPodWithGRPC, rawPodWithsecCompProfile)',
    pod: pod({
      containers: [
        container('app', {
          readinessProbe: { grpc: { port: 5000 } },
          securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
        }),
      ],
    }),
    sa: sa(),
    patch: [
      { op: 'add', path: '/spec/volumes', value: [tokenVolume()] },
      {
        op: 'add',
        path: '/spec/containers',
        value: [
          {
            ...mutated('app', identityEnv()),
            readinessProbe: { grpc: { port: 5000 } },
            securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
          },
        ],
      },
    ],
  },
]

describe('mutatePod: the upstream testdata', () => {
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

  it('keeps the container key order of Go encoding in the patch', () => {
    const mutation = mutatePod(
      pod({ containers: [{ volumeMounts: [], env: [], name: 'app', image: 'x' }] }),
      sa(),
    )
    const value = (mutation.patch[1]!.value as Record<string, unknown>[])[0]!
    expect(Object.keys(value)).toEqual(['name', 'image', 'env', 'resources', 'volumeMounts'])
  })

  it('never injects AWS_ROLE_SESSION_NAME', () => {
    const mutation = mutatePod(pod({ containers: [container('app')] }), sa(), {
      region: 'eu-west-1',
      stsRegionalEndpoints: true,
    })
    expect(JSON.stringify(mutation.pod)).not.toContain('AWS_ROLE_SESSION_NAME')
  })
})
