/**
 * Reads a ServiceAccount manifest the way the webhook's informer cache sees it: its namespace, its
 * name and its string annotations (pkg/cache/cache.go keys entries by "namespace/name").
 */
import { joinPointer } from '../text/pointer'
import type { Finding } from '../types'
import { DEFAULT_NAMESPACE } from './constants'
import { WEBHOOK_FINDINGS } from './findings'
import { isObject, own } from './json'

const { make } = WEBHOOK_FINDINGS

/** What the webhook knows of a ServiceAccount. */
export interface ServiceAccountInfo {
  /** `metadata.namespace`, `default` when absent (kubectl's default namespace). */
  namespace?: string
  /** `metadata.name`; undefined when missing. */
  name?: string
  /** The string-valued annotations; values of other types are reported and left out. */
  annotations: Record<string, string>
  findings: Finding[]
}

/** Pointer to one annotation of a manifest, e.g. `/metadata/annotations/eks.amazonaws.com~1role-arn`. */
export function annotationPointer(key: string): string {
  return joinPointer('/metadata/annotations', key)
}

/**
 * Reads the string entries of a `map[string]string` field (annotations, labels, nodeSelector);
 * anything else is reported with `report` and left out.
 */
export function readStringMap(
  value: unknown,
  pointer: string,
  report: (pointer: string, message: string) => void,
): Record<string, string> {
  if (value === undefined || value === null) return {}
  if (!isObject(value)) {
    report(pointer, 'Expected an object of strings.')
    return {}
  }
  const entries: [string, string][] = []
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string') entries.push([key, item])
    else report(joinPointer(pointer, key), 'Expected a string value.')
  }
  // fromEntries defines own properties, so a "__proto__" key stays an ordinary key.
  return Object.fromEntries(entries)
}

/**
 * Reads a ServiceAccount: `kind` must be ServiceAccount, `metadata.name` is required, the namespace
 * defaults to `default`. Never throws; every problem is a finding with source 'serviceAccount'.
 */
export function readServiceAccount(sa: object): ServiceAccountInfo {
  const findings: Finding[] = []
  const invalid = (pointer: string, message: string) =>
    findings.push(make('webhook.sa.invalid-field', message, 'serviceAccount', { pointer }))
  if (!isObject(sa)) {
    findings.push(
      make('webhook.sa.not-an-object', 'The ServiceAccount is not an object.', 'serviceAccount', {
        pointer: '',
      }),
    )
    return { annotations: {}, findings }
  }
  const kind = own(sa, 'kind')
  if (kind !== 'ServiceAccount') {
    const message =
      kind === undefined
        ? 'kind is missing.'
        : `kind is ${JSON.stringify(kind)}, not ServiceAccount.`
    findings.push(
      make('webhook.sa.wrong-kind', message, 'serviceAccount', {
        pointer: kind === undefined ? '' : '/kind',
      }),
    )
  }
  const metadata = own(sa, 'metadata')
  if (metadata !== undefined && !isObject(metadata)) invalid('/metadata', 'Expected an object.')
  const meta = isObject(metadata) ? metadata : {}

  const rawName = own(meta, 'name')
  let name: string | undefined
  if (typeof rawName === 'string' && rawName !== '') name = rawName
  else if (rawName !== undefined && typeof rawName !== 'string') {
    invalid('/metadata/name', 'Expected a string.')
  }
  if (name === undefined) {
    findings.push(
      make('webhook.sa.name-missing', 'metadata.name is required.', 'serviceAccount', {
        pointer: isObject(metadata) ? '/metadata' : '',
      }),
    )
  }

  const rawNamespace = own(meta, 'namespace')
  let namespace = DEFAULT_NAMESPACE
  if (typeof rawNamespace === 'string' && rawNamespace !== '') namespace = rawNamespace
  else if (
    rawNamespace !== undefined &&
    rawNamespace !== null &&
    typeof rawNamespace !== 'string'
  ) {
    invalid('/metadata/namespace', 'Expected a string.')
  }

  const annotations = readStringMap(own(meta, 'annotations'), '/metadata/annotations', invalid)
  const info: ServiceAccountInfo = { namespace, annotations, findings }
  if (name !== undefined) info.name = name
  return info
}
