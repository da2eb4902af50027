/**
 * `mutatePod`: what amazon-eks-pod-identity-webhook (IRSA mode) does to a pod at creation, and the
 * RFC 6902 patch it answers with (handler.go MutatePod / buildPodPatchConfig / getPodSpecPatch,
 * spec §3). The mutated pod is the input with that patch applied, so the two always agree.
 */
import { joinPointer } from '../text/pointer'
import type { Finding, JsonPatchOperation, PodMutation } from '../types'
import { readPodSettings, readServiceAccountSettings, resolveConfig } from './annotations'
import { ANNOTATION, DEFAULT_NAMESPACE, WEBHOOK_DEFAULTS } from './constants'
import {
  containerCredentialsFor,
  planContainerCredentials,
  type WebhookConfigWithContainerCredentials,
} from './containerCredentials'
import { mutateCredentialsContainer } from './containerCredentialsContainer'
import { mutateContainer, type ContainerResult } from './containers'
import { WEBHOOK_FINDINGS } from './findings'
import { CONTAINER_FIELD_NAMES, goContainer } from './goShape'
import { deepClone, isObject, own, setOwn, type JsonObject } from './json'
import { applyPatch } from './patch'
import { isProjectedToken, readPod, readSpecList, tokenVolume } from './pod'
import { annotationPointer, readServiceAccount, readStringMap } from './serviceAccount'
import { isWindowsNodeSelector, tokenFilePath } from './tokenPath'

const { make } = WEBHOOK_FINDINGS

/** Why the webhook left a pod alone: code → English (`PodMutation.reasonCode`, `.reason`). */
export const SKIP_REASONS = {
  notAnObject: 'The pod is not an object',
  noSpec: 'The pod has no spec',
  skipLabel:
    'The pod has the eks.amazonaws.com/skip-pod-identity-webhook label: the webhook is not called',
  otherServiceAccount: 'The pod runs as another ServiceAccount than the one given',
  noRoleArn: 'The ServiceAccount has no role-arn annotation, or an empty one',
  internal: 'The simulator failed; see the webhook.internal-error finding',
} as const

/** The code of a reason the webhook skips a pod (`existing`: a running pod, set by the pod stage). */
export type SkipReasonCode = keyof typeof SKIP_REASONS | 'existing'

function skipped(pod: unknown, code: keyof typeof SKIP_REASONS, findings: Finding[]): PodMutation {
  return {
    pod: isObject(pod) || Array.isArray(pod) ? pod : {},
    patch: [],
    skipped: true,
    reason: SKIP_REASONS[code],
    reasonCode: code,
    findings,
  }
}

/** Mutates each container of one list, collecting the patch value and findings. */
function mutateList(
  list: unknown[],
  field: 'containers' | 'initContainers',
  skip: Set<string>,
  matchedSkips: Set<string>,
  mutateOne: (container: unknown, pointer: string) => ContainerResult,
  findings: Finding[],
): { value: unknown[]; changed: boolean } {
  let changed = false
  const value = list.map((container, i) => {
    const pointer = joinPointer('/spec', field, i)
    if (isObject(container)) {
      for (const key of Object.keys(container)) {
        if (!CONTAINER_FIELD_NAMES.has(key)) {
          findings.push(
            make('webhook.pod.unknown-field', `corev1.Container has no field ${key}.`, 'pod', {
              pointer: joinPointer(pointer, key),
            }),
          )
        }
      }
      const name = own(container, 'name')
      if (typeof name === 'string' && skip.has(name)) {
        matchedSkips.add(name)
        findings.push(
          make('webhook.pod.container-skipped', `Container ${name} is skipped.`, 'pod', {
            pointer,
          }),
        )
        return goContainer(container)
      }
    }
    const result = mutateOne(container, pointer)
    findings.push(...result.findings)
    changed ||= result.changed
    return goContainer(result.container)
  })
  return { value, changed }
}

function mutate(
  podInput: object,
  serviceAccount: object,
  config?: WebhookConfigWithContainerCredentials,
): PodMutation {
  const cfg = resolveConfig(config)
  const sa = readServiceAccount(serviceAccount)
  const findings: Finding[] = [...sa.findings]
  const saSettings = readServiceAccountSettings(sa.annotations, cfg)
  findings.push(...saSettings.findings)

  const input: unknown = deepClone(podInput)
  if (!isObject(input)) {
    findings.push(
      make('webhook.pod.not-an-object', 'The pod is not an object.', 'pod', { pointer: '' }),
    )
    return skipped(input, 'notAnObject', findings)
  }
  const pod = readPod(input, findings)
  // The objectSelector is evaluated by the API server: the webhook is not even called.
  if (pod.skipLabel !== undefined) {
    findings.push(
      make('webhook.pod.skip-label', 'The skip label is set.', 'pod', { pointer: pod.skipLabel }),
    )
    return skipped(input, 'skipLabel', findings)
  }
  if (pod.spec === undefined) {
    findings.push(
      make('webhook.pod.spec-missing', 'The pod has no spec object.', 'pod', { pointer: '' }),
    )
    return skipped(input, 'noSpec', findings)
  }
  const spec = pod.spec
  // The webhook looks the ServiceAccount up by the pod's namespace and serviceAccountName.
  const namespace = pod.namespace ?? sa.namespace
  if (
    sa.name !== undefined &&
    (pod.serviceAccount.name !== sa.name || namespace !== sa.namespace)
  ) {
    const pointer = namespace !== sa.namespace ? '/metadata/namespace' : pod.serviceAccount.pointer
    const message = `The pod runs as ${namespace}/${pod.serviceAccount.name}, not ${sa.namespace}/${sa.name}.`
    findings.push(make('webhook.pod.service-account-mismatch', message, 'pod', { pointer }))
    return skipped(input, 'otherServiceAccount', findings)
  }
  // Container credentials (EKS Pod Identity) take precedence over IRSA (buildPodPatchConfig).
  const credentials = containerCredentialsFor(
    config,
    namespace ?? DEFAULT_NAMESPACE,
    pod.serviceAccount.name,
  )
  if (saSettings.roleArn === undefined && !credentials) return skipped(input, 'noRoleArn', findings)

  const podSettings = readPodSettings(pod.annotations, saSettings.tokenExpiration, cfg)
  findings.push(...podSettings.findings)
  const invalid = (pointer: string, message: string) =>
    findings.push(make('webhook.pod.invalid-field', message, 'pod', { pointer }))
  const nodeSelector = readStringMap(own(spec, 'nodeSelector'), '/spec/nodeSelector', invalid)
  const windows = isWindowsNodeSelector(nodeSelector)
  if (windows) {
    findings.push(
      make('webhook.pod.windows', 'A Windows pod: the token file path is a Windows path.', 'pod', {
        pointer: '/spec/nodeSelector',
      }),
    )
  }
  const patch: JsonPatchOperation[] = []
  let changed = false
  let volumeName: string
  let newVolume: JsonObject
  let mutateOne: (container: unknown, pointer: string) => ContainerResult
  if (credentials) {
    const plan = planContainerCredentials(
      credentials,
      {
        metadata: pod.metadata,
        namespace: namespace ?? DEFAULT_NAMESPACE,
        serviceAccount: pod.serviceAccount.name,
        tokenExpiration: podSettings.tokenExpiration,
        region: cfg.region,
        useRegionalSts: saSettings.useRegionalSts,
        tokenFile: tokenFilePath(credentials.mountPath, credentials.tokenPath, windows),
        roleArn: saSettings.roleArn,
        roleArnPointer: annotationPointer(`${cfg.annotationPrefix}/${ANNOTATION.roleArn}`),
      },
      findings,
    )
    // The API server's object always has metadata, so the label operation has a parent.
    if (!isObject(own(input, 'metadata'))) setOwn(input, 'metadata', {})
    patch.push(plan.label)
    changed = true
    volumeName = plan.ctx.volumeName
    newVolume = plan.volume
    mutateOne = (container, pointer) => mutateCredentialsContainer(container, pointer, plan.ctx)
  } else {
    const ctx = {
      roleArn: saSettings.roleArn!,
      tokenFile: tokenFilePath(cfg.mountPath, WEBHOOK_DEFAULTS.tokenPath, windows),
      region: cfg.region,
      useRegionalSts: saSettings.useRegionalSts,
      volumeName: WEBHOOK_DEFAULTS.volumeName,
      mountPath: cfg.mountPath,
    }
    volumeName = ctx.volumeName
    newVolume = tokenVolume(saSettings.audience, podSettings.tokenExpiration)
    mutateOne = (container, pointer) => mutateContainer(container, pointer, ctx)
  }
  // Volume first (handler.go): inserted at /spec/volumes/0, or the list created when nil.
  const volumes = readSpecList(spec, 'volumes', findings)
  const volumeIndex = (volumes ?? []).findIndex((v) => isObject(v) && own(v, 'name') === volumeName)
  if (volumeIndex >= 0) {
    if (!isProjectedToken(volumes![volumeIndex] as JsonObject)) {
      findings.push(
        make(
          'webhook.pod.volume-exists',
          `Volume ${volumeName} exists and is not a projected token.`,
          'pod',
          { pointer: joinPointer('/spec/volumes', volumeIndex) },
        ),
      )
    }
  } else if (volumes !== undefined) {
    const volume = newVolume
    const absent = own(spec, 'volumes') === undefined || own(spec, 'volumes') === null
    patch.push(
      absent
        ? { op: 'add', path: '/spec/volumes', value: [volume] }
        : { op: 'add', path: '/spec/volumes/0', value: volume },
    )
    changed = true
  }

  const matchedSkips = new Set<string>()
  const initContainers = readSpecList(spec, 'initContainers', findings)
  const containers = readSpecList(spec, 'containers', findings)
  const init = mutateList(
    initContainers ?? [],
    'initContainers',
    podSettings.skipContainers,
    matchedSkips,
    mutateOne,
    findings,
  )
  const main = mutateList(
    containers ?? [],
    'containers',
    podSettings.skipContainers,
    matchedSkips,
    mutateOne,
    findings,
  )
  if (containers !== undefined) {
    if (containers.length === 0) {
      findings.push(
        make('webhook.pod.no-containers', 'The pod has no containers.', 'pod', {
          pointer: '/spec',
        }),
      )
    }
    // "add" on an existing member replaces it (RFC 6902 §4.1): the list is rewritten wholesale.
    patch.push({ op: 'add', path: '/spec/containers', value: main.value })
  }
  if (initContainers !== undefined && init.value.length > 0) {
    patch.push({ op: 'add', path: '/spec/initContainers', value: init.value })
  }
  changed ||= init.changed || main.changed
  for (const name of podSettings.skipContainers) {
    if (!matchedSkips.has(name)) {
      const key = `${cfg.annotationPrefix}/${ANNOTATION.skipContainers}`
      findings.push(
        make(
          'webhook.pod.skip-containers-unmatched',
          `No container is named ${JSON.stringify(name)}.`,
          'pod',
          { pointer: annotationPointer(key) },
        ),
      )
    }
  }
  if (!changed) {
    findings.push(
      make('webhook.pod.unchanged', 'Everything was already in place.', 'pod', {
        pointer: '/spec',
      }),
    )
  }

  const applied = applyPatch(input, patch)
  if (!applied.ok) {
    findings.push(
      make(
        'webhook.internal-error',
        `Patch operation ${applied.index} failed: ${applied.error}.`,
        'pod',
        { pointer: '' },
      ),
    )
    return { pod: input, patch, skipped: false, changed, findings }
  }
  return { pod: applied.value as object, patch, skipped: false, changed, findings }
}

/**
 * Mutates `pod` as amazon-eks-pod-identity-webhook does at pod creation, given the ServiceAccount
 * it runs as and the webhook's flags. A pod whose namespace/ServiceAccount is listed in
 * `config.containerCredentials` gets the EKS Pod Identity injection instead of IRSA (spec §3.5). Never throws and never modifies its inputs: every problem is
 * a finding (source 'pod' or 'serviceAccount'), and a pod that is not mutated comes back `skipped`
 * with a `reason` and an empty patch.
 */
export function mutatePod(
  pod: object,
  serviceAccount: object,
  config?: WebhookConfigWithContainerCredentials,
): PodMutation {
  try {
    return mutate(pod, serviceAccount, config)
  } catch (error) {
    const finding = make('webhook.internal-error', String(error), 'pod', { pointer: '' })
    let copy: unknown = {}
    try {
      copy = deepClone(pod)
    } catch {
      // Keep {}: even copying failed.
    }
    return skipped(copy, 'internal', [finding])
  }
}
