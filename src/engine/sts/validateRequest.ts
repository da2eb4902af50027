/**
 * Parameter validation of AssumeRoleWithWebIdentity, as the STS API model constrains each member
 * (botocore data/sts/2011-06-15/service-2.json; shared/spec/irsa-semantics.md §5.1, §5.3 step 1).
 */
import { STS_LIMITS } from '../constants'
import type { Finding } from '../types'
import { STS_ERRORS, type CatalogedError, type ConstraintViolation } from './errors'
import { STS_FINDINGS } from './findings'
import { parseRoleArn, type RoleArn } from './arn'

export interface StsRequestParameters {
  roleArn: string
  roleSessionName: string
  webIdentityToken: string
  durationSeconds?: number
}

export type RequestValidation =
  | { ok: true; roleArn: RoleArn; findings: Finding[] }
  | { ok: false; error: CatalogedError; findings: Finding[] }

const SESSION_NAME_PATTERN = /^[\w+=,.@-]*$/

function lengthViolations(
  member: string,
  value: string,
  [min, max]: readonly [number, number],
  sensitive = false,
): ConstraintViolation[] {
  const violation = (constraint: string): ConstraintViolation =>
    sensitive ? { member, value: '', constraint, sensitive } : { member, value, constraint }
  if (value.length < min)
    return [violation(`Member must have length greater than or equal to ${min}`)]
  if (value.length > max) return [violation(`Member must have length less than or equal to ${max}`)]
  return []
}

/** Checks every request member; all violations are reported together, as AWS does. */
export function validateRequest(params: StsRequestParameters): RequestValidation {
  const violations: ConstraintViolation[] = [
    ...lengthViolations('roleArn', params.roleArn, STS_LIMITS.roleArnLength),
    ...lengthViolations(
      'roleSessionName',
      params.roleSessionName,
      STS_LIMITS.roleSessionNameLength,
    ),
  ]
  if (!SESSION_NAME_PATTERN.test(params.roleSessionName)) {
    violations.push({
      member: 'roleSessionName',
      value: params.roleSessionName,
      constraint: 'Member must satisfy regular expression pattern: [\\w+=,.@-]*',
    })
  }
  // The token is a sensitive member: AWS leaves its value out of the message.
  violations.push(
    ...lengthViolations(
      'webIdentityToken',
      params.webIdentityToken,
      STS_LIMITS.webIdentityTokenLength,
      true,
    ),
  )
  const duration = params.durationSeconds
  if (duration !== undefined) {
    const [min, max] = STS_LIMITS.durationSeconds
    if (!Number.isInteger(duration) || duration < min)
      violations.push({
        member: 'durationSeconds',
        value: String(duration),
        constraint: `Member must have value greater than or equal to ${min}`,
      })
    else if (duration > max)
      violations.push({
        member: 'durationSeconds',
        value: String(duration),
        constraint: `Member must have value less than or equal to ${max}`,
      })
  }
  const findings = violations.map((v) =>
    STS_FINDINGS.make(
      'sts.request.invalid-parameter',
      `${v.member}: ${v.constraint}.`,
      v.member === 'webIdentityToken' ? 'token' : 'request',
      { pointer: v.member === 'webIdentityToken' ? '' : `/${v.member}` },
    ),
  )
  if (violations.length > 0)
    return { ok: false, error: STS_ERRORS.validation(violations), findings }
  const roleArn = parseRoleArn(params.roleArn)
  if (!roleArn) {
    findings.push(
      STS_FINDINGS.make(
        'sts.request.invalid-arn',
        'The role ARN is not of the form arn:aws:iam::<12-digit account>:role/<name>.',
        'request',
        { pointer: '/roleArn' },
      ),
    )
    return { ok: false, error: STS_ERRORS.invalidArn(), findings }
  }
  return { ok: true, roleArn, findings }
}
