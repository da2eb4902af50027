/**
 * The webhook's settings for one pod: its flags (WebhookConfig), the ServiceAccount annotations
 * (pkg/cache/cache.go addSA) and the pod annotations (handler.go parsePodAnnotations).
 * Precedence (spec §3.3): audience and regional STS: SA annotation > flag; token expiration:
 * pod annotation > SA annotation > flag.
 */
import { STS_AUDIENCE } from '../constants'
import type { Finding, SourceId, WebhookConfig } from '../types'
import {
  ANNOTATION,
  MAX_PROJECTED_EXPIRATION,
  MIN_TOKEN_EXPIRATION,
  ROLE_ARN_PATTERN,
  WEBHOOK_DEFAULTS,
} from './constants'
import { readCsvRecord } from './csv'
import { WEBHOOK_FINDINGS } from './findings'
import { parseGoBool, parseGoInt64 } from './goParse'
import { annotationPointer } from './serviceAccount'

const { make } = WEBHOOK_FINDINGS

/** The webhook flags with their defaults filled in (main.go). */
export interface ResolvedConfig {
  annotationPrefix: string
  /** '' when unset: no region variables are injected. */
  region: string
  stsRegionalEndpoints: boolean
  defaultAudience: string
  /** Raised to 600 like main.go does with `--token-expiration`. */
  tokenExpiration: number
  mountPath: string
}

/** Fills in the flags' defaults; values of the wrong type count as unset. */
export function resolveConfig(config: WebhookConfig = {}): ResolvedConfig {
  const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback)
  const expiration = Number.isSafeInteger(config.tokenExpiration)
    ? (config.tokenExpiration as number)
    : WEBHOOK_DEFAULTS.tokenExpiration
  return {
    annotationPrefix: text(config.annotationPrefix, WEBHOOK_DEFAULTS.annotationPrefix),
    region: text(config.region, ''),
    stsRegionalEndpoints: config.stsRegionalEndpoints === true,
    defaultAudience: text(config.defaultAudience, WEBHOOK_DEFAULTS.audience),
    // main.go: *tokenExpiration = pkg.ValidateMinTokenExpiration(*tokenExpiration)
    tokenExpiration: Math.max(expiration, MIN_TOKEN_EXPIRATION),
    mountPath: text(config.mountPath, WEBHOOK_DEFAULTS.mountPath),
  }
}

/** What the webhook's cache entry holds for a ServiceAccount. */
export interface ServiceAccountSettings {
  /** Undefined or '' means the pod is not mutated. */
  roleArn?: string
  audience: string
  useRegionalSts: boolean
  tokenExpiration: number
  findings: Finding[]
}

/**
 * Parses a `token-expiration` annotation: int64 or ignored, then raised to 600 (no upper clamp).
 * Returns undefined when ignored.
 */
function readExpiration(
  value: string,
  source: SourceId,
  pointer: string,
  findings: Finding[],
): number | undefined {
  const codes =
    source === 'pod'
      ? ([
          'webhook.pod.token-expiration-invalid',
          'webhook.pod.token-expiration-raised',
          'webhook.pod.token-expiration-too-large',
        ] as const)
      : ([
          'webhook.sa.token-expiration-invalid',
          'webhook.sa.token-expiration-raised',
          'webhook.sa.token-expiration-too-large',
        ] as const)
  const parsed = parseGoInt64(value)
  if (!parsed.ok) {
    findings.push(
      make(codes[0], `Not an integer number of seconds: ${JSON.stringify(value)}.`, source, {
        pointer,
      }),
    )
    return undefined
  }
  if (parsed.value < MIN_TOKEN_EXPIRATION) {
    findings.push(
      make(codes[1], `${parsed.value} s is raised to ${MIN_TOKEN_EXPIRATION} s.`, source, {
        pointer,
      }),
    )
    return MIN_TOKEN_EXPIRATION
  }
  if (parsed.value > MAX_PROJECTED_EXPIRATION) {
    findings.push(make(codes[2], `${value} s is more than 2^32 seconds.`, source, { pointer }))
  }
  return parsed.value
}

/** Reads the ServiceAccount annotations under the prefix, over the flags' defaults. */
export function readServiceAccountSettings(
  annotations: Record<string, string>,
  config: ResolvedConfig,
): ServiceAccountSettings {
  const findings: Finding[] = []
  const key = (name: string) => `${config.annotationPrefix}/${name}`
  const get = (name: string) =>
    Object.hasOwn(annotations, key(name)) ? annotations[key(name)] : undefined
  const settings: ServiceAccountSettings = {
    audience: config.defaultAudience,
    useRegionalSts: config.stsRegionalEndpoints,
    tokenExpiration: config.tokenExpiration,
    findings,
  }

  const roleArnKey = key(ANNOTATION.roleArn)
  const roleArn = get(ANNOTATION.roleArn)
  if (roleArn === undefined) {
    findings.push(
      make('webhook.sa.role-arn-missing', `No ${roleArnKey} annotation.`, 'serviceAccount', {
        pointer: '/metadata/annotations',
      }),
    )
    for (const other of Object.keys(annotations)) {
      if (other.endsWith(`/${ANNOTATION.roleArn}`) && other !== roleArnKey) {
        findings.push(
          make(
            'webhook.sa.role-arn-other-prefix',
            `${other} is not ${roleArnKey}.`,
            'serviceAccount',
            {
              pointer: annotationPointer(other),
            },
          ),
        )
      }
    }
  } else if (roleArn === '') {
    findings.push(
      make('webhook.sa.role-arn-empty', `${roleArnKey} is empty.`, 'serviceAccount', {
        pointer: annotationPointer(roleArnKey),
      }),
    )
  } else {
    settings.roleArn = roleArn
    if (!ROLE_ARN_PATTERN.test(roleArn)) {
      findings.push(
        make(
          'webhook.sa.role-arn-malformed',
          `Not a role ARN: ${JSON.stringify(roleArn)}.`,
          'serviceAccount',
          { pointer: annotationPointer(roleArnKey), data: { arn: roleArn } },
        ),
      )
    }
  }

  const audience = get(ANNOTATION.audience)
  if (audience !== undefined) {
    settings.audience = audience
    const pointer = annotationPointer(key(ANNOTATION.audience))
    if (audience === '') {
      findings.push(
        make('webhook.sa.audience-empty', 'The audience is empty.', 'serviceAccount', { pointer }),
      )
    } else if (audience !== STS_AUDIENCE) {
      findings.push(
        make(
          'webhook.sa.audience-not-sts',
          `Audience ${JSON.stringify(audience)} is not ${STS_AUDIENCE}.`,
          'serviceAccount',
          { pointer },
        ),
      )
    }
  }

  const regional = get(ANNOTATION.stsRegionalEndpoints)
  if (regional !== undefined) {
    const parsed = parseGoBool(regional)
    if (parsed === undefined) {
      findings.push(
        make(
          'webhook.sa.sts-regional-endpoints-invalid',
          `Not a boolean: ${JSON.stringify(regional)}.`,
          'serviceAccount',
          {
            pointer: annotationPointer(key(ANNOTATION.stsRegionalEndpoints)),
          },
        ),
      )
    } else {
      settings.useRegionalSts = parsed
    }
  }

  const expiration = get(ANNOTATION.tokenExpiration)
  if (expiration !== undefined) {
    const pointer = annotationPointer(key(ANNOTATION.tokenExpiration))
    settings.tokenExpiration =
      readExpiration(expiration, 'serviceAccount', pointer, findings) ?? settings.tokenExpiration
  }
  return settings
}

/** What the pod's own annotations change. */
export interface PodSettings {
  tokenExpiration: number
  /** Names from `<prefix>/skip-containers`; containers and initContainers alike. */
  skipContainers: Set<string>
  findings: Finding[]
}

/** Reads the pod annotations under the prefix (handler.go parsePodAnnotations). */
export function readPodSettings(
  annotations: Record<string, string>,
  serviceAccountExpiration: number,
  config: ResolvedConfig,
): PodSettings {
  const findings: Finding[] = []
  const settings: PodSettings = {
    tokenExpiration: serviceAccountExpiration,
    skipContainers: new Set(),
    findings,
  }
  const expirationKey = `${config.annotationPrefix}/${ANNOTATION.tokenExpiration}`
  if (Object.hasOwn(annotations, expirationKey)) {
    const value = annotations[expirationKey]!
    settings.tokenExpiration =
      readExpiration(value, 'pod', annotationPointer(expirationKey), findings) ??
      serviceAccountExpiration
  }
  const skipKey = `${config.annotationPrefix}/${ANNOTATION.skipContainers}`
  if (Object.hasOwn(annotations, skipKey)) {
    const record = readCsvRecord(annotations[skipKey]!)
    if (record.ok) settings.skipContainers = new Set(record.fields)
    else {
      findings.push(
        make(
          'webhook.pod.skip-containers-invalid',
          `Not one CSV record (${record.error}).`,
          'pod',
          {
            pointer: annotationPointer(skipKey),
          },
        ),
      )
    }
  }
  return settings
}
