/// <reference types="node" />
/**
 * AssumeRoleWithWebIdentity over the AWS Query protocol, answered by the engine: the request's own
 * parameters go into the scenario (`token`, `request`) and `simulate` decides. Pure: no sockets,
 * no clock (the caller gives the instant), so the tests drive it without a server.
 *
 * Wire formats (AWS Query protocol, STS API version 2011-06-15):
 * - request: `Action=AssumeRoleWithWebIdentity&Version=2011-06-15&RoleArn=…` form-encoded in a POST
 *   body (what botocore and the JS SDK v3 send) or in the query string of a GET;
 * - success: `<AssumeRoleWithWebIdentityResponse>` with the result and `<ResponseMetadata>`, as in
 *   the STS API reference's example response
 *   (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html);
 * - error: `<ErrorResponse><Error><Type>Sender</Type><Code/><Message/></Error><RequestId/>`, the
 *   HTTP status of the error, and the `x-amzn-RequestId` header (botocore's query parser reads
 *   Error/Code and Error/Message; the request ID from the body or that header).
 */
import { simulate, type Scenario, type StsError, type Trace } from '../engine'
import { STS_API_VERSION, errorXml, successXml } from '../engine/sts'

// The XML writers live in the engine (one copy for this endpoint and the flow's bytes).
export { STS_API_VERSION, errorXml, successXml }

const OPERATION = 'AssumeRoleWithWebIdentity'

export interface StsHttpResponse {
  status: number
  headers: Record<string, string>
  body: string
  /** What the request log line says. */
  outcome: 'issued' | 'denied' | 'rejected' | 'error'
  code?: string
  /** The failing step of the engine's trace, when the engine decided. */
  step?: string
  trace?: Trace
}

/** Form-encoded parameters: the query string and, for a POST, the body (the body wins). */
export function readParameters(query: string, body: string): Map<string, string> {
  const params = new Map<string, string>()
  for (const source of [query, body]) {
    for (const [key, value] of new URLSearchParams(source)) params.set(key, value)
  }
  return params
}

function xmlResponse(status: number, requestId: string, body: string) {
  return {
    status,
    headers: {
      'content-type': 'text/xml',
      'x-amzn-RequestId': requestId,
      'content-length': String(Buffer.byteLength(body)),
    },
    body,
  }
}

/**
 * Errors the endpoint gives before the engine is asked: an operation it does not serve and absent
 * required members. STS's text for these is not in the API reference; these follow what AWS
 * Query services answer (InvalidAction "Could not find operation … for version …"; a null member
 * as a ValidationError "Value null at '<member>' failed to satisfy constraint: Member must not be
 * null"), a stated assumption.
 */
export const PROTOCOL_ERRORS = {
  invalidAction: (action: string, version: string): StsError => ({
    code: 'InvalidAction',
    message: `Could not find operation ${action} for version ${version}`,
    httpStatus: 400,
  }),
  missing: (members: string[]): StsError => ({
    code: 'ValidationError',
    message:
      `${members.length} validation error${members.length === 1 ? '' : 's'} detected: ` +
      members
        .map((m) => `Value null at '${m}' failed to satisfy constraint: Member must not be null`)
        .join('; '),
    httpStatus: 400,
  }),
  durationNotInteger: (value: string): StsError => ({
    code: 'ValidationError',
    message: `1 validation error detected: Value '${value}' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900`,
    httpStatus: 400,
  }),
  /** The scenario could not be simulated (its own documents are unusable), or STS was never reached. */
  internal: (): StsError => ({
    code: 'InternalFailure',
    message: 'The request processing has failed because of an unknown error, exception or failure.',
    httpStatus: 500,
  }),
} as const

/** The request's members, in the order of the STS API model, with their wire and engine names. */
const REQUIRED = [
  ['RoleArn', 'roleArn'],
  ['RoleSessionName', 'roleSessionName'],
  ['WebIdentityToken', 'webIdentityToken'],
] as const

function failed(error: StsError, requestId: string, outcome: 'rejected' | 'error') {
  return {
    ...xmlResponse(error.httpStatus, requestId, errorXml(error, requestId)),
    outcome,
    code: error.code,
  }
}

/**
 * Answers one request for the scenario at the instant `now` (ISO 8601; undefined: the scenario's
 * own `now`, else the real clock, as `simulate` resolves it).
 */
export async function answerStsRequest(
  params: Map<string, string>,
  scenario: Scenario,
  requestId: string,
  now?: string,
): Promise<StsHttpResponse> {
  const action = params.get('Action') ?? ''
  const version = params.get('Version') ?? STS_API_VERSION
  if (action !== OPERATION || version !== STS_API_VERSION)
    return failed(PROTOCOL_ERRORS.invalidAction(action, version), requestId, 'rejected')
  const missing = REQUIRED.filter(([wire]) => !params.has(wire)).map(([, member]) => member)
  if (missing.length > 0) return failed(PROTOCOL_ERRORS.missing(missing), requestId, 'rejected')
  const request: NonNullable<Scenario['request']> = {
    roleArn: params.get('RoleArn')!,
    roleSessionName: params.get('RoleSessionName')!,
  }
  const duration = params.get('DurationSeconds')
  if (duration !== undefined) {
    if (!/^-?\d+$/.test(duration.trim()))
      return failed(PROTOCOL_ERRORS.durationNotInteger(duration), requestId, 'rejected')
    request.durationSeconds = Number(duration)
  }
  const trace = await simulate(
    { ...scenario, token: params.get('WebIdentityToken')!, request },
    now === undefined ? {} : { now },
  )
  const step = trace.steps.find((s) => s.status === 'fail')?.id
  if (trace.outcome === 'issued' && trace.response) {
    return {
      ...xmlResponse(200, requestId, successXml(trace.response, requestId)),
      outcome: 'issued',
      trace,
    }
  }
  const error = trace.outcome === 'denied' ? trace.error : undefined
  if (!error) {
    return {
      ...failed(PROTOCOL_ERRORS.internal(), requestId, 'error'),
      ...(step ? { step } : {}),
      trace,
    }
  }
  return {
    ...xmlResponse(error.httpStatus, requestId, errorXml(error, requestId)),
    outcome: 'denied',
    code: error.code,
    ...(step ? { step } : {}),
    trace,
  }
}
