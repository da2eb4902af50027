/**
 * The same STS error as it reads in the logs of the other SDKs people run in pods
 * (shared/spec/irsa-semantics.md §5.3 "How users see them"), so users recognise theirs.
 */
import type { StsError } from '../../engine'
import { formatCliError } from './awsCli'

const OPERATION = 'AssumeRoleWithWebIdentity'

/**
 * Wire codes that the JS SDK v3 models as exception classes named `<code>Exception`
 * (@aws-sdk/client-sts models: InvalidIdentityTokenException, IDPRejectedClaimException…).
 * `ExpiredTokenException` and `RegionDisabledException` already end in "Exception" on the wire;
 * unmodelled codes (AccessDenied, ValidationError) keep the wire code as the error's name.
 */
const JS_V3_MODELLED = new Set([
  'InvalidIdentityToken',
  'IDPCommunicationError',
  'IDPRejectedClaim',
  'MalformedPolicyDocument',
  'PackedPolicyTooLarge',
  'InvalidAuthorizationMessage',
])

/** The name the JS SDK v3 gives the thrown error for a wire error code. */
export function jsV3ErrorName(code: string): string {
  return JS_V3_MODELLED.has(code) ? `${code}Exception` : code
}

/** JS SDK v3: the thrown error printed as `${name}: ${message}`. */
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

/** boto3: botocore's ClientError, whose text is the AWS CLI's. */
export function formatBoto3Error(error: StsError): string {
  return `botocore.exceptions.ClientError: ${formatCliError(error)}`
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
