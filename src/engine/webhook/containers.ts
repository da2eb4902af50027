/**
 * One container's mutation, as handler.go addEnvToContainer does it in IRSA mode (spec §3.4):
 * env vars appended in a fixed order, each group only if absent, then the token volumeMount.
 */
import { joinPointer } from '../text/pointer'
import type { Finding } from '../types'
import { ENV, REGIONAL } from './constants'
import { WEBHOOK_FINDINGS } from './findings'
import { isObject, own, setOwn } from './json'

const { make } = WEBHOOK_FINDINGS

/** What every container of one pod receives. */
export interface ContainerContext {
  roleArn: string
  /** AWS_WEB_IDENTITY_TOKEN_FILE (Windows form for Windows pods). */
  tokenFile: string
  /** '' when `--aws-default-region` is unset. */
  region: string
  useRegionalSts: boolean
  volumeName: string
  mountPath: string
}

/** A container after the webhook: a new object (the input is not modified). */
export interface ContainerResult {
  container: unknown
  /** handler.go's `changed`: a variable or the mount was added. */
  changed: boolean
  findings: Finding[]
}

/** The entries of an optional list field, or undefined (and a finding) when it is not a list. */
function readList(
  container: Record<string, unknown>,
  field: string,
  pointer: string,
  findings: Finding[],
): unknown[] | undefined {
  const value = own(container, field)
  if (value === undefined || value === null) return []
  if (Array.isArray(value)) return value
  findings.push(
    make('webhook.pod.invalid-field', `${field} is not a list.`, 'pod', {
      pointer: joinPointer(pointer, field),
    }),
  )
  return undefined
}

/** Index of each entry's `name`, reporting entries that are not `{name: string}` objects. */
function namesOf(list: unknown[], pointer: string, findings: Finding[]): (string | undefined)[] {
  return list.map((entry, i) => {
    const name = isObject(entry) ? own(entry, 'name') : undefined
    if (typeof name === 'string') return name
    findings.push(
      make('webhook.pod.invalid-field', 'Expected an object with a string name.', 'pod', {
        pointer: joinPointer(pointer, i),
      }),
    )
    return undefined
  })
}

/** Mutates one container (handler.go addEnvToContainer). `pointer` locates it in the pod. */
export function mutateContainer(
  container: unknown,
  pointer: string,
  ctx: ContainerContext,
): ContainerResult {
  const findings: Finding[] = []
  const unchanged = { container, changed: false, findings }
  if (!isObject(container)) {
    findings.push(
      make('webhook.pod.invalid-field', 'A container must be an object.', 'pod', { pointer }),
    )
    return unchanged
  }
  const env = readList(container, 'env', pointer, findings)
  const mounts = readList(container, 'volumeMounts', pointer, findings)
  if (env === undefined || mounts === undefined) return unchanged
  const envPointer = joinPointer(pointer, 'env')
  const envNames = namesOf(env, envPointer, findings)
  const at = (names: readonly string[]) => {
    const i = envNames.findIndex((n) => n !== undefined && names.includes(n))
    return i < 0 ? undefined : joinPointer(envPointer, i)
  }
  const identityAt = at([ENV.roleArn, ENV.tokenFile])
  const regionAt = at([ENV.region, ENV.defaultRegion])
  const stsAt = at([ENV.stsRegionalEndpoints])

  // An already mutated container (same two values) is no news; anything else is worth a warning.
  const valueOf = (name: string) => {
    const i = envNames.indexOf(name)
    return i < 0 ? undefined : own(env[i] as Record<string, unknown>, 'value')
  }
  const sameIdentity =
    valueOf(ENV.roleArn) === ctx.roleArn && valueOf(ENV.tokenFile) === ctx.tokenFile
  if (identityAt !== undefined && !sameIdentity) {
    findings.push(
      make(
        'webhook.pod.identity-env-present',
        `${ENV.roleArn} or ${ENV.tokenFile} is already set: neither is injected.`,
        'pod',
        { pointer: identityAt },
      ),
    )
  }
  if (regionAt !== undefined && ctx.region !== '') {
    findings.push(
      make('webhook.pod.region-env-present', 'A region variable is already set.', 'pod', {
        pointer: regionAt,
      }),
    )
  }
  if (stsAt !== undefined && ctx.useRegionalSts) {
    findings.push(
      make('webhook.pod.sts-env-present', `${ENV.stsRegionalEndpoints} is already set.`, 'pod', {
        pointer: stsAt,
      }),
    )
  }
  // The short-circuit: all three groups present, so not even the volumeMount is added.
  if (identityAt !== undefined && regionAt !== undefined && stsAt !== undefined) {
    findings.push(
      make(
        'webhook.pod.container-unchanged',
        'The variables are already present: left as is.',
        'pod',
        { pointer },
      ),
    )
    return unchanged
  }

  const out: Record<string, unknown> = { ...container }
  let changed = false
  const added: { name: string; value: string }[] = []
  if (stsAt === undefined && ctx.useRegionalSts) {
    added.push({ name: ENV.stsRegionalEndpoints, value: REGIONAL })
  }
  if (regionAt === undefined && ctx.region !== '') {
    added.push(
      { name: ENV.defaultRegion, value: ctx.region },
      { name: ENV.region, value: ctx.region },
    )
  }
  if (identityAt === undefined) {
    added.push(
      { name: ENV.roleArn, value: ctx.roleArn },
      { name: ENV.tokenFile, value: ctx.tokenFile },
    )
  }
  if (added.length > 0) {
    setOwn(out, 'env', [...env, ...added])
    changed = true
  }

  const mountsPointer = joinPointer(pointer, 'volumeMounts')
  const mountIndex = namesOf(mounts, mountsPointer, findings).indexOf(ctx.volumeName)
  if (mountIndex < 0) {
    setOwn(out, 'volumeMounts', [
      ...mounts,
      { name: ctx.volumeName, readOnly: true, mountPath: ctx.mountPath },
    ])
    changed = true
  } else {
    const existing = mounts[mountIndex] as Record<string, unknown>
    if (own(existing, 'mountPath') !== ctx.mountPath) {
      findings.push(
        make(
          'webhook.pod.volume-mount-exists',
          `A mount of ${ctx.volumeName} exists with another mountPath.`,
          'pod',
          {
            pointer: joinPointer(mountsPointer, mountIndex),
          },
        ),
      )
    }
  }
  return { container: out, changed, findings }
}
