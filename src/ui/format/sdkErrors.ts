/**
 * The same STS answer as it reads in the logs of the SDKs people run in pods
 * (shared/spec/irsa-semantics.md §5.3 "How users see them"), so users recognise theirs. The JS SDK
 * v3 and boto3 texts are checked against the real clients (src/cli/realClients.test.ts).
 */
import type { StsError, StsResponse } from '../../engine'
import { formatCliError, formatParamValidation } from './awsCli'

const OPERATION = 'AssumeRoleWithWebIdentity'

/**
 * The error shapes of the STS model (botocore data/sts/2011-06-15/service-2.json, the same model
 * the JS SDK v3 is generated from): wire code → exception name. Both SDKs raise a modelled code as
 * its own class (JS v3: `error.name`; boto3: `botocore.errorfactory.<name>`); any other code
 * (AccessDenied, ValidationError…) is a generic error named by its code (JS v3) or botocore's
 * ClientError (boto3).
 */
export const STS_MODELLED_ERRORS: Readonly<Record<string, string>> = {
  ExpiredTokenException: 'ExpiredTokenException',
  IDPCommunicationError: 'IDPCommunicationErrorException',
  IDPRejectedClaim: 'IDPRejectedClaimException',
  InvalidAuthorizationMessageException: 'InvalidAuthorizationMessageException',
  InvalidIdentityToken: 'InvalidIdentityTokenException',
  MalformedPolicyDocument: 'MalformedPolicyDocumentException',
  PackedPolicyTooLarge: 'PackedPolicyTooLargeException',
  RegionDisabledException: 'RegionDisabledException',
}

const modelled = (code: string) =>
  Object.hasOwn(STS_MODELLED_ERRORS, code) ? STS_MODELLED_ERRORS[code] : undefined

/** The name the JS SDK v3 gives the thrown error for a wire error code. */
export function jsV3ErrorName(code: string): string {
  return modelled(code) ?? code
}

/**
 * JS SDK v3: the thrown error as Node prints it, `${name}: ${message}` (the same from the
 * STSClient and from the web-identity credential provider, which rethrows it).
 */
export function formatJsV3Error(error: StsError): string {
  return `${jsV3ErrorName(error.code)}: ${error.message}`
}

/**
 * Go SDK v2, as the web-identity credentials provider surfaces it through the credential cache
 * (smithy-go's OperationError wrapping an HTTP ResponseError wrapping the API error).
 */
export function formatGoV2Error(error: StsError, requestId: string): string {
  return (
    'failed to refresh cached credentials, failed to retrieve credentials, ' +
    `operation error STS: ${OPERATION}, https response error StatusCode: ${error.httpStatus}, ` +
    `RequestID: ${requestId}, api error ${error.code}: ${error.message}`
  )
}

/** The exception class boto3 raises for a wire error code, with its module. */
export function boto3ErrorClass(code: string): string {
  const name = modelled(code)
  return name ? `botocore.errorfactory.${name}` : 'botocore.exceptions.ClientError'
}

/** boto3: the last line of the traceback, the exception's class and the CLI's text. */
export function formatBoto3Error(error: StsError): string {
  return `${boto3ErrorClass(error.code)}: ${formatCliError(error)}`
}

/** boto3 refusing the request before sending it (botocore validates as the CLI does). */
export function formatBoto3ParamValidation(lines: readonly string[]): string {
  return `botocore.exceptions.ParamValidationError: ${formatParamValidation(lines)}`
}

/** A Python str's repr (ASCII text): single quotes unless the text has one and no double quote. */
function pyRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'"
  const body = text
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
  return quote + (quote === "'" ? body.replace(/'/g, "\\'") : body) + quote
}

/** A UTC instant as Python's datetime repr (seconds and microseconds dropped when zero). */
function pyDatetime(iso: string, tz: string): string {
  const d = new Date(iso)
  const parts = [
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds() * 1000,
  ]
  while (parts.length > 5 && parts[parts.length - 1] === 0) parts.pop()
  return `datetime.datetime(${parts.join(', ')}, tzinfo=${tz})`
}

/**
 * boto3's `assume_role_with_web_identity(...)` return value as `print()` shows it, without its
 * ResponseMetadata (request ID, HTTP headers: different on every call). botocore parses
 * `Expiration` with dateutil, which labels a UTC instant `tzlocal()` on a machine whose local zone
 * is UTC (containers, CI) and `tzutc()` elsewhere.
 */
export function formatBoto3Response(response: StsResponse, tz = 'tzlocal()'): string {
  const c = response.Credentials
  const u = response.AssumedRoleUser
  return (
    `{'Credentials': {'AccessKeyId': ${pyRepr(c.AccessKeyId)}, 'SecretAccessKey': ${pyRepr(c.SecretAccessKey)}, ` +
    `'SessionToken': ${pyRepr(c.SessionToken)}, 'Expiration': ${pyDatetime(c.Expiration, tz)}}, ` +
    `'SubjectFromWebIdentityToken': ${pyRepr(response.SubjectFromWebIdentityToken)}, ` +
    `'AssumedRoleUser': {'AssumedRoleId': ${pyRepr(u.AssumedRoleId)}, 'Arn': ${pyRepr(u.Arn)}}, ` +
    `'Provider': ${pyRepr(response.Provider)}, 'Audience': ${pyRepr(response.Audience)}}`
  )
}

/** A JS string as Node's util.inspect quotes it (single quotes unless the text has one). */
function jsRepr(text: string): string {
  const escaped = text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')
  if (!text.includes("'")) return `'${escaped}'`
  if (!text.includes('"')) return `"${escaped}"`
  return `'${escaped.replace(/'/g, "\\'")}'`
}

/**
 * JS SDK v3: the credentials the web-identity provider (`fromWebToken`, `fromTokenFile`) resolves
 * to, as `console.log` prints them (one property a line: the session token is long). `accountId`
 * is read from the assumed role's ARN. The provider also sets an internal `$source` (feature
 * tracking for the user agent), left out here.
 */
export function formatJsV3Credentials(response: StsResponse): string {
  const c = response.Credentials
  const accountId = response.AssumedRoleUser.Arn.split(':')[4]
  const lines = [
    `accessKeyId: ${jsRepr(c.AccessKeyId)}`,
    `secretAccessKey: ${jsRepr(c.SecretAccessKey)}`,
    `sessionToken: ${jsRepr(c.SessionToken)}`,
    `expiration: ${new Date(c.Expiration).toISOString()}`,
    ...(accountId ? [`accountId: ${jsRepr(accountId)}`] : []),
  ]
  return `{\n${lines.map((l) => `  ${l}`).join(',\n')}\n}`
}

/**
 * A request ID for display, derived from the error so the same scenario shows the same ID
 * (real IDs are random UUIDs; this one only has their shape). FNV-1a, not cryptography.
 */
export function displayRequestId(seed: string): string {
  let hex = ''
  for (let round = 0; hex.length < 32; round++) {
    let h = 0x811c9dc5 ^ round
    for (let i = 0; i < seed.length; i++) {
      h ^= seed.charCodeAt(i)
      h = Math.imul(h, 0x01000193) >>> 0
    }
    hex += h.toString(16).padStart(8, '0')
  }
  const v = `4${hex.slice(13, 16)}`
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16) + hex.slice(17, 20)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${v}-${variant}-${hex.slice(20, 32)}`
}
