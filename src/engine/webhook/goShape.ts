/**
 * The webhook decodes the pod into corev1.Pod and re-encodes the containers it returns in the
 * patch (handler.go getPodSpecPatch), so the patch shows them as Go's encoding/json prints a
 * corev1.Container: fields in struct order, `omitempty` fields dropped when empty, `name` and
 * `resources` always present (`"resources":{}` in every upstream testdata patch), unknown fields
 * dropped. Field lists: kubernetes/api core/v1/types.go (Container, EnvVar, VolumeMount).
 * Deeper values (probes, securityContext…) are kept verbatim: a documented simplification.
 */
import { isObject, own, setOwn, type JsonObject } from './json'

/** How one struct field is encoded: `always` (no omitempty), `struct` (non-pointer struct). */
type FieldRule = 'omitempty' | 'always' | 'struct'

const CONTAINER_FIELDS: [string, FieldRule][] = [
  ['name', 'always'],
  ['image', 'omitempty'],
  ['command', 'omitempty'],
  ['args', 'omitempty'],
  ['workingDir', 'omitempty'],
  ['ports', 'omitempty'],
  ['envFrom', 'omitempty'],
  ['env', 'omitempty'],
  ['resources', 'struct'],
  ['resizePolicy', 'omitempty'],
  ['restartPolicy', 'omitempty'],
  ['restartPolicyRules', 'omitempty'],
  ['volumeMounts', 'omitempty'],
  ['volumeDevices', 'omitempty'],
  ['livenessProbe', 'omitempty'],
  ['readinessProbe', 'omitempty'],
  ['startupProbe', 'omitempty'],
  ['lifecycle', 'omitempty'],
  ['terminationMessagePath', 'omitempty'],
  ['terminationMessagePolicy', 'omitempty'],
  ['imagePullPolicy', 'omitempty'],
  ['securityContext', 'omitempty'],
  ['stdin', 'omitempty'],
  ['stdinOnce', 'omitempty'],
  ['tty', 'omitempty'],
]

const ENV_VAR_FIELDS: [string, FieldRule][] = [
  ['name', 'always'],
  ['value', 'omitempty'],
  ['valueFrom', 'omitempty'],
]

const VOLUME_MOUNT_FIELDS: [string, FieldRule][] = [
  ['name', 'always'],
  ['readOnly', 'omitempty'],
  ['recursiveReadOnly', 'omitempty'],
  ['mountPath', 'always'],
  ['subPath', 'omitempty'],
  ['mountPropagation', 'omitempty'],
  ['subPathExpr', 'omitempty'],
  ['bindMountOptions', 'omitempty'],
]

/** The container fields corev1.Container knows. */
export const CONTAINER_FIELD_NAMES: ReadonlySet<string> = new Set(CONTAINER_FIELDS.map(([f]) => f))

/** Go's omitempty: false, 0, "", nil pointer, empty slice or map. A pointer to `{}` is kept. */
function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === false ||
    value === 0 ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  )
}

/** Encodes `source` like a Go struct with `fields`; unknown keys are dropped. */
function encode(source: JsonObject, fields: [string, FieldRule][]): JsonObject {
  const out: JsonObject = {}
  for (const [field, rule] of fields) {
    const value = own(source, field)
    if (rule === 'always') setOwn(out, field, value ?? '')
    else if (rule === 'struct') setOwn(out, field, value ?? {})
    else if (!isEmpty(value)) setOwn(out, field, value)
  }
  return out
}

/** Encodes a list of entries as Go would, leaving entries that are not objects untouched. */
function encodeList(value: unknown, fields: [string, FieldRule][]): unknown {
  if (!Array.isArray(value)) return value
  return value.map((item: unknown) => (isObject(item) ? encode(item, fields) : item))
}

/** A container as the webhook's patch prints it (see the module comment). */
export function goContainer(container: unknown): unknown {
  if (!isObject(container)) return container
  const out = encode(container, CONTAINER_FIELDS)
  if (Object.hasOwn(out, 'env')) setOwn(out, 'env', encodeList(out.env, ENV_VAR_FIELDS))
  if (Object.hasOwn(out, 'volumeMounts')) {
    setOwn(out, 'volumeMounts', encodeList(out.volumeMounts, VOLUME_MOUNT_FIELDS))
  }
  return out
}
