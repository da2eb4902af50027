/**
 * One container in the container-credentials mode (handler.go addEnvToContainer with a
 * ContainerCredentialsPatchConfig, spec §3.5): the IRSA mutation's twin with other variables.
 */
import { joinPointer } from '../text/pointer'
import type { Finding } from '../types'
import { CONTAINER_CREDENTIALS_ENV } from './containerCredentials'
import { CONTAINER_CREDENTIALS_FINDINGS } from './containerCredentialsFindings'
import type { ContainerResult } from './containers'
import { ENV, REGIONAL } from './constants'
import { WEBHOOK_FINDINGS } from './findings'
import { isObject, own, setOwn, type JsonObject } from './json'

/** What every container of one pod receives in this mode. */
export interface CredentialsContainerContext {
  fullUri: string
  /** AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE (Windows form for Windows pods). */
  tokenFile: string
  /** '' when `--aws-default-region` is unset. */
  region: string
  useRegionalSts: boolean
  volumeName: string
  mountPath: string
}

const isList = (v: unknown): v is unknown[] => Array.isArray(v)

/** The entry names of a list (undefined for entries without a string name). */
const namesOf = (list: unknown[]) =>
  list.map((e) =>
    isObject(e) && typeof own(e, 'name') === 'string' ? (own(e, 'name') as string) : undefined,
  )

/**
 * One container in this mode (handler.go addEnvToContainer with a ContainerCredentialsPatchConfig):
 * regional STS, region, then the two container-credentials variables, each group only if absent;
 * then the mount. Web-identity variables do not count here.
 */
export function mutateCredentialsContainer(
  container: unknown,
  pointer: string,
  ctx: CredentialsContainerContext,
): ContainerResult {
  const findings: Finding[] = []
  const unchanged = { container, changed: false, findings }
  const invalid = (at: string, message: string) =>
    findings.push(
      WEBHOOK_FINDINGS.make('webhook.pod.invalid-field', message, 'pod', { pointer: at }),
    )
  if (!isObject(container)) {
    invalid(pointer, 'A container must be an object.')
    return unchanged
  }
  const rawEnv = own(container, 'env') ?? []
  const rawMounts = own(container, 'volumeMounts') ?? []
  if (!isList(rawEnv)) invalid(joinPointer(pointer, 'env'), 'env is not a list.')
  if (!isList(rawMounts))
    invalid(joinPointer(pointer, 'volumeMounts'), 'volumeMounts is not a list.')
  if (!isList(rawEnv) || !isList(rawMounts)) return unchanged
  const envPointer = joinPointer(pointer, 'env')
  const envNames = namesOf(rawEnv)
  const at = (names: readonly string[]) => {
    const i = envNames.findIndex((n) => n !== undefined && names.includes(n))
    return i < 0 ? undefined : joinPointer(envPointer, i)
  }
  const credentialsAt = at([CONTAINER_CREDENTIALS_ENV.fullUri, CONTAINER_CREDENTIALS_ENV.tokenFile])
  const regionAt = at([ENV.region, ENV.defaultRegion])
  const stsAt = at([ENV.stsRegionalEndpoints])
  const webIdentityAt = at([ENV.roleArn, ENV.tokenFile])
  if (credentialsAt !== undefined) {
    findings.push(
      CONTAINER_CREDENTIALS_FINDINGS.make(
        'webhook.container-credentials.env-present',
        `${CONTAINER_CREDENTIALS_ENV.fullUri} or ${CONTAINER_CREDENTIALS_ENV.tokenFile} is already set: neither is injected.`,
        'pod',
        { pointer: credentialsAt },
      ),
    )
  }
  if (webIdentityAt !== undefined) {
    findings.push(
      CONTAINER_CREDENTIALS_FINDINGS.make(
        'webhook.container-credentials.web-identity-env-present',
        'Web identity variables are set: the SDK credential chain tries them before container credentials.',
        'pod',
        { pointer: webIdentityAt },
      ),
    )
  }
  if (regionAt !== undefined && ctx.region !== '') {
    findings.push(
      WEBHOOK_FINDINGS.make(
        'webhook.pod.region-env-present',
        'A region variable is already set.',
        'pod',
        {
          pointer: regionAt,
        },
      ),
    )
  }
  if (stsAt !== undefined && ctx.useRegionalSts) {
    findings.push(
      WEBHOOK_FINDINGS.make(
        'webhook.pod.sts-env-present',
        `${ENV.stsRegionalEndpoints} is already set.`,
        'pod',
        {
          pointer: stsAt,
        },
      ),
    )
  }
  if (credentialsAt !== undefined && regionAt !== undefined && stsAt !== undefined) {
    findings.push(
      WEBHOOK_FINDINGS.make(
        'webhook.pod.container-unchanged',
        'The variables are already present: left as is.',
        'pod',
        { pointer },
      ),
    )
    return unchanged
  }
  const out: JsonObject = { ...container }
  let changed = false
  const added: { name: string; value: string }[] = []
  if (stsAt === undefined && ctx.useRegionalSts)
    added.push({ name: ENV.stsRegionalEndpoints, value: REGIONAL })
  if (regionAt === undefined && ctx.region !== '') {
    added.push(
      { name: ENV.defaultRegion, value: ctx.region },
      { name: ENV.region, value: ctx.region },
    )
  }
  if (credentialsAt === undefined) {
    added.push(
      { name: CONTAINER_CREDENTIALS_ENV.fullUri, value: ctx.fullUri },
      { name: CONTAINER_CREDENTIALS_ENV.tokenFile, value: ctx.tokenFile },
    )
  }
  if (added.length > 0) {
    setOwn(out, 'env', [...rawEnv, ...added])
    changed = true
  }
  const mountsPointer = joinPointer(pointer, 'volumeMounts')
  const mountIndex = namesOf(rawMounts).indexOf(ctx.volumeName)
  if (mountIndex < 0) {
    setOwn(out, 'volumeMounts', [
      ...rawMounts,
      { name: ctx.volumeName, readOnly: true, mountPath: ctx.mountPath },
    ])
    changed = true
  } else if (own(rawMounts[mountIndex] as JsonObject, 'mountPath') !== ctx.mountPath) {
    findings.push(
      WEBHOOK_FINDINGS.make(
        'webhook.pod.volume-mount-exists',
        `A mount of ${ctx.volumeName} exists with another mountPath.`,
        'pod',
        { pointer: joinPointer(mountsPointer, mountIndex) },
      ),
    )
  }
  return { container: out, changed, findings }
}
