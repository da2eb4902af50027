/**
 * Reading the parts of a pod the webhook looks at, tolerating any shape: each field of the wrong
 * type is reported (source 'pod') and treated as absent.
 */
import { joinPointer } from '../text/pointer'
import type { Finding } from '../types'
import { DEFAULT_SERVICE_ACCOUNT, SKIP_POD_LABEL, WEBHOOK_DEFAULTS } from './constants'
import { WEBHOOK_FINDINGS } from './findings'
import { isObject, own, type JsonObject } from './json'
import { readStringMap } from './serviceAccount'

const { make } = WEBHOOK_FINDINGS

/** The webhook's view of a pod (a JSON object). */
export interface PodView {
  metadata: JsonObject
  annotations: Record<string, string>
  /** Pointer to the skip label when the pod carries it (any value). */
  skipLabel?: string
  /** undefined when `spec` is missing or not an object. */
  spec?: JsonObject
  /** `metadata.namespace`, when set. */
  namespace?: string
  /** The ServiceAccount the pod runs as, and where that was read. */
  serviceAccount: { name: string; pointer: string }
}

/** Reads metadata and the ServiceAccount reference; `invalid` reports fields of the wrong type. */
export function readPod(pod: JsonObject, findings: Finding[]): PodView {
  const invalid = (pointer: string, message: string) =>
    findings.push(make('webhook.pod.invalid-field', message, 'pod', { pointer }))
  const rawMetadata = own(pod, 'metadata')
  if (rawMetadata !== undefined && rawMetadata !== null && !isObject(rawMetadata)) {
    invalid('/metadata', 'Expected an object.')
  }
  const metadata = isObject(rawMetadata) ? rawMetadata : {}
  const annotations = readStringMap(own(metadata, 'annotations'), '/metadata/annotations', invalid)
  const labels = own(metadata, 'labels')
  readStringMap(labels, '/metadata/labels', invalid)

  const view: PodView = {
    metadata,
    annotations,
    serviceAccount: { name: DEFAULT_SERVICE_ACCOUNT, pointer: '/spec' },
  }
  if (isObject(labels) && Object.hasOwn(labels, SKIP_POD_LABEL)) {
    view.skipLabel = joinPointer('/metadata/labels', SKIP_POD_LABEL)
  }
  const namespace = own(metadata, 'namespace')
  if (typeof namespace === 'string' && namespace !== '') view.namespace = namespace
  else if (namespace !== undefined && namespace !== null && typeof namespace !== 'string') {
    invalid('/metadata/namespace', 'Expected a string.')
  }

  const spec = own(pod, 'spec')
  if (!isObject(spec)) return view
  view.spec = spec
  // k8s core/v1 conversion: the deprecated `serviceAccount` is an alias used only when
  // `serviceAccountName` is empty; with neither, the ServiceAccount admission plugin sets `default`.
  for (const field of ['serviceAccountName', 'serviceAccount']) {
    const value = own(spec, field)
    if (typeof value === 'string' && value !== '') {
      view.serviceAccount = { name: value, pointer: joinPointer('/spec', field) }
      return view
    }
    if (value !== undefined && value !== null && typeof value !== 'string') {
      invalid(joinPointer('/spec', field), 'Expected a string.')
    }
  }
  findings.push(
    make(
      'webhook.pod.service-account-defaulted',
      'No serviceAccountName: the pod runs as "default".',
      'pod',
      {
        pointer: '/spec',
      },
    ),
  )
  return view
}

/** A list field of the spec: [] when absent or null, undefined (reported) when not a list. */
export function readSpecList(
  spec: JsonObject,
  field: string,
  findings: Finding[],
): unknown[] | undefined {
  const value = own(spec, field)
  if (value === undefined || value === null) return []
  if (Array.isArray(value)) return value
  findings.push(
    make('webhook.pod.invalid-field', `${field} is not a list.`, 'pod', {
      pointer: joinPointer('/spec', field),
    }),
  )
  return undefined
}

/**
 * The volume the webhook adds (handler.go getPodSpecPatch). `audience` is `omitempty` in
 * corev1.ServiceAccountTokenProjection, so an empty audience is left out of the volume.
 */
export function tokenVolume(audience: string, expirationSeconds: number): JsonObject {
  const token: JsonObject = {}
  if (audience !== '') token.audience = audience
  token.expirationSeconds = expirationSeconds
  token.path = WEBHOOK_DEFAULTS.tokenPath
  return {
    name: WEBHOOK_DEFAULTS.volumeName,
    projected: { sources: [{ serviceAccountToken: token }] },
  }
}

/** True when a volume is a projected volume with a serviceAccountToken source. */
export function isProjectedToken(volume: JsonObject): boolean {
  const projected = own(volume, 'projected')
  const sources = isObject(projected) ? own(projected, 'sources') : undefined
  return (
    Array.isArray(sources) &&
    sources.some((s: unknown) => isObject(s) && isObject(own(s, 'serviceAccountToken')))
  )
}
