/**
 * What the AWS CLI v2 prints for `aws sts assume-role-with-web-identity`, byte for byte: the
 * credentials on stdout (`--output json`, the default), or on stderr the error of the service, or
 * its own parameter validation when it refuses the request before calling STS. The real-client
 * tests (src/cli/realClients.test.ts) compare these texts with what /usr/bin/aws prints against
 * `irsa-lab sts` for the same scenario.
 *
 * Sources: aws-cli v2 (awscli/clidriver.py: a ClientError is printed as "\n" + str(error) + "\n"
 * on stderr with exit code 254, a ParamValidationError with exit code 252; awscli/formatter.py:
 * JSON output is json.dumps(indent=4) + "\n"), botocore (exceptions.py ClientError's message
 * template; validate.py: only the model's minimums are checked on the client; data/sts/2011-06-15/
 * service-2.json: the limits and the member order).
 */
import type { StsError, StsResponse, Trace } from '../../engine'

/** The CLI's exit codes (aws-cli v2 `awscli/constants.py`). */
export const CLI_EXIT = { ok: 0, paramValidation: 252, serviceError: 254 } as const

/** An error exactly as the AWS CLI (botocore's ClientError) words it, on one line. */
export function formatCliError(error: StsError, operation = 'AssumeRoleWithWebIdentity'): string {
  return `An error occurred (${error.code}) when calling the ${operation} operation: ${error.message}`
}

/** The CLI's stderr for a service error: the message between two newlines. */
export function formatCliErrorOutput(
  error: StsError,
  operation = 'AssumeRoleWithWebIdentity',
): string {
  return `\n${formatCliError(error, operation)}\n`
}

/**
 * The CLI's stdout for issued credentials: the response (members in the STS model's order, which
 * the engine's response keeps) as JSON indented by 4 spaces, then a newline.
 */
export function formatCliCredentials(response: StsResponse): string {
  return `${JSON.stringify(response, null, 4)}\n`
}

/** The members of an AssumeRoleWithWebIdentity request that the CLI checks before sending it. */
export interface CliRequest {
  roleArn: string
  roleSessionName: string
  webIdentityToken: string
  durationSeconds?: number
}

/**
 * botocore's client-side validation (validate.py), in the order the CLI builds the parameters
 * (the model's member order): strings shorter than the model's `min` and integers under it. The
 * maximums and patterns are left to STS, which answers them with a ValidationError.
 * Limits from botocore data/sts/2011-06-15/service-2.json: arnType min 20,
 * roleSessionNameType min 2, clientTokenType min 4, roleDurationSecondsType min 900.
 */
export function cliParamValidation(request: CliRequest): string[] {
  const lines: string[] = []
  const length = (name: string, value: string, min: number) => {
    if (value.length < min)
      lines.push(
        `Invalid length for parameter ${name}, value: ${value.length}, valid min length: ${min}`,
      )
  }
  length('RoleArn', request.roleArn, 20)
  length('RoleSessionName', request.roleSessionName, 2)
  length('WebIdentityToken', request.webIdentityToken, 4)
  const duration = request.durationSeconds
  if (duration !== undefined && Number.isInteger(duration) && duration < 900)
    lines.push(
      `Invalid value for parameter DurationSeconds, value: ${duration}, valid min value: 900`,
    )
  return lines
}

/** The report botocore's ParamValidationError carries (boto3 prints the same text). */
export function formatParamValidation(lines: readonly string[]): string {
  return `Parameter validation failed:\n${lines.join('\n')}`
}

/** What one run of the CLI shows: its exit code and its two streams. */
export interface CliRun {
  exitCode: number
  stdout: string
  stderr: string
  /** The CLI refused the request itself (these lines); STS was never called. */
  paramValidation?: string[]
}

/** The request the trace's SDK call sent (the `sts.request` step), with the token it presented. */
export function traceRequest(trace: Trace, token: string): CliRequest | undefined {
  const data = trace.steps.find((s) => s.id === 'sts.request')?.data
  if (!data || typeof data.roleArn !== 'string' || typeof data.roleSessionName !== 'string')
    return undefined
  const request: CliRequest = {
    roleArn: data.roleArn,
    roleSessionName: data.roleSessionName,
    webIdentityToken: token.trim(),
  }
  if (typeof data.durationSeconds === 'number') request.durationSeconds = data.durationSeconds
  return request
}

/**
 * `aws sts assume-role-with-web-identity` for the trace's request: credentials on stdout, or the
 * CLI's own parameter validation (exit 252, before any call), or STS's error (exit 254).
 * Undefined when STS was never called (the SDK found no web identity settings).
 */
export function awsCliRun(trace: Trace, token: string): CliRun | undefined {
  if (trace.outcome === 'issued' && trace.response)
    return { exitCode: CLI_EXIT.ok, stdout: formatCliCredentials(trace.response), stderr: '' }
  const request = traceRequest(trace, token)
  const lines = request ? cliParamValidation(request) : []
  if (lines.length > 0)
    return {
      exitCode: CLI_EXIT.paramValidation,
      stdout: '',
      stderr: `\n${formatParamValidation(lines)}\n`,
      paramValidation: lines,
    }
  if (!trace.error) return undefined
  return { exitCode: CLI_EXIT.serviceError, stdout: '', stderr: formatCliErrorOutput(trace.error) }
}
