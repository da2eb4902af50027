/**
 * The data each step of the chain works on, computed in the browser from the scenario's own
 * token, JWKS, trust policy and the engine's trace (never canned): the token split into its three
 * segments and decoded, each claim and where it is used, the discovery and JWKS exchanges with the
 * key the kid selects, a condition's key assembled from the issuer and the two values aligned
 * character by character, STS's request body as the SDK sends it and STS's XML answer (the
 * engine's own writer), and for each a line that gives the same bytes from a terminal.
 * Pure: bad input gives `undefined` or an empty list, never a throw. Values are user content and
 * are only ever rendered as text.
 */
import { findStep, type IrsaStepNamed, type IrsaTrace } from '../../engine'
import { STS_API_VERSION, errorXml, successXml } from '../../engine/sts'
import { base64UrlBytes } from './bytes'

type Json = Record<string, unknown>

/**
 * A JSON object of the user's own text (the token's segments, the JWKS, the request), which may
 * be anything. The engine's step data is typed (`IrsaStep`) and never goes through this.
 */
const isJsonObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v)

// ---------------------------------------------------------------------------------------------
// The token

export interface TokenSegment {
  part: 'header' | 'payload' | 'signature'
  /** The segment as it is in the token (base64url). */
  text: string
  /** How many bytes it decodes to. */
  bytes: number
  /** Header and payload: the decoded JSON, pretty-printed as `jq .` prints it. */
  json?: string
}

export interface TokenSplit {
  segments: [TokenSegment, TokenSegment, TokenSegment]
  header: Json
  payload: Json
}

function decodeJson(segment: string): { json: Json; bytes: number } | undefined {
  const bytes = base64UrlBytes(segment)
  if (!bytes) return undefined
  try {
    const json: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
    return isJsonObject(json) ? { json, bytes: bytes.length } : undefined
  } catch {
    return undefined
  }
}

/** A compact JWS split at its dots, header and payload decoded (RFC 7515 §7.1). */
export function splitToken(token: string | undefined): TokenSplit | undefined {
  const parts = (token ?? '').trim().split('.')
  if (parts.length !== 3) return undefined
  const [h = '', p = '', s = ''] = parts
  const header = decodeJson(h)
  const payload = decodeJson(p)
  const signature = base64UrlBytes(s)
  if (!header || !payload || !signature) return undefined
  return {
    segments: [
      { part: 'header', text: h, bytes: header.bytes, json: JSON.stringify(header.json, null, 2) },
      {
        part: 'payload',
        text: p,
        bytes: payload.bytes,
        json: JSON.stringify(payload.json, null, 2),
      },
      { part: 'signature', text: s, bytes: signature.length },
    ],
    header: header.json,
    payload: payload.json,
  }
}

/** What a claim is used for, and the name of the place it goes to. */
export type ClaimUse = 'discovery' | 'jwks' | 'condition'

export interface ClaimTarget {
  claim: 'iss' | 'kid' | 'sub' | 'aud'
  /** Where the claim is: the header (kid) or the payload. */
  from: 'header' | 'payload'
  value: string
  use: ClaimUse
  /** The place: the discovery URL, the JWKS entry, the condition key. */
  to: string
}

const text = (v: unknown): string =>
  typeof v === 'string' ? v : v === undefined ? '' : JSON.stringify(v)

/** The issuer's host and path, as IAM prefixes its condition keys (`https://` dropped, the rest kept). */
export function issuerHostPath(iss: string): string {
  return iss.replace(/^https:\/\//i, '')
}

/** `<issuer host and path>:<claim>`: the condition key a claim fills in the request context. */
export function conditionKeyFor(iss: string, claim: string): string {
  return `${issuerHostPath(iss)}:${claim}`
}

/** Where the OIDC discovery document is (OpenID Connect Discovery 1.0 §4). */
export function discoveryUrlFor(iss: string): string {
  return `${iss.replace(/\/+$/, '')}/.well-known/openid-configuration`
}

/** Each claim STS reads and where it goes: iss → discovery, kid → the JWKS entry, sub/aud → keys. */
export function claimTargets(split: TokenSplit, jwks?: unknown): ClaimTarget[] {
  const iss = text(split.payload.iss)
  const out: ClaimTarget[] = []
  if (iss)
    out.push({
      claim: 'iss',
      from: 'payload',
      value: iss,
      use: 'discovery',
      to: discoveryUrlFor(iss),
    })
  const kid = split.header.kid
  if (typeof kid === 'string') {
    const entry = jwksEntries(jwks, kid).selected
    out.push({
      claim: 'kid',
      from: 'header',
      value: kid,
      use: 'jwks',
      to: entry >= 0 ? `keys[${entry}]` : 'keys[?]',
    })
  }
  for (const claim of ['sub', 'aud'] as const) {
    if (split.payload[claim] === undefined || !iss) continue
    const value = split.payload[claim]
    out.push({
      claim,
      from: 'payload',
      value: Array.isArray(value) ? value.map(text).join(', ') : text(value),
      use: 'condition',
      to: conditionKeyFor(iss, claim),
    })
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// JWKS

export interface JwksEntry {
  kid: string
  kty: string
  alg: string
  use: string
  /** Its kid is the token's. */
  match: boolean
}

/** The JWKS's keys, the one whose kid is the token's marked (`selected`: its index, else -1). */
export function jwksEntries(
  jwks: unknown,
  kid: unknown,
): { entries: JwksEntry[]; selected: number; keys: unknown[] } {
  const keys: unknown[] = isJsonObject(jwks) && Array.isArray(jwks.keys) ? jwks.keys : []
  const entries = keys.map((k) => {
    const key = isJsonObject(k) ? k : {}
    return {
      kid: text(key.kid),
      kty: text(key.kty),
      alg: text(key.alg),
      use: text(key.use),
      match: typeof kid === 'string' && key.kid === kid,
    }
  })
  return { entries, selected: entries.findIndex((e) => e.match), keys }
}

/** The DurationSeconds of the request's JSON text, when it is a number. */
export function requestedDuration(requestText: string | undefined): number | undefined {
  let request: unknown
  try {
    request = requestText ? JSON.parse(requestText) : undefined
  } catch {
    return undefined
  }
  const duration = isJsonObject(request) ? request.durationSeconds : undefined
  return typeof duration === 'number' ? duration : undefined
}

// ---------------------------------------------------------------------------------------------
// Conditions: two values aligned character by character

export interface AlignedCell {
  /** The token's character here ('' where the token has none). */
  token: string
  /** The policy's character here ('' where it has none; a wildcard on the first cell it covers). */
  policy: string
  /** same: equal; diff: the first difference; rest: after it; wild: taken by `*` or `?`. */
  state: 'same' | 'diff' | 'rest' | 'wild'
}

export interface Alignment {
  cells: AlignedCell[]
  matched: boolean
  /** The first differing cell, when they do not match. */
  diffAt?: number
}

/**
 * For a StringLike pattern that matches, which characters of the value each pattern character
 * takes (`*`: any run, `?`: one; IAM's wildcards). Undefined when it does not match.
 */
function globSpans(value: string, pattern: string): [number, number][] | undefined {
  const m = value.length
  const n = pattern.length
  // can[i][j]: pattern[i..] matches value[j..].
  const can: boolean[][] = Array.from({ length: n + 1 }, () =>
    new Array<boolean>(m + 1).fill(false),
  )
  can[n]![m] = true
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      const c = pattern[i]
      can[i]![j] =
        c === '*'
          ? can[i + 1]![j]! || (j < m && can[i]![j + 1]!)
          : j < m && (c === '?' || c === value[j]) && can[i + 1]![j + 1]!
    }
  }
  if (!can[0]![0]) return undefined
  const spans: [number, number][] = []
  let j = 0
  for (let i = 0; i < n; i++) {
    if (pattern[i] === '*') {
      // The shortest run that lets the rest match (IAM's result is the same either way).
      let end = j
      while (!can[i + 1]![end]) end++
      spans.push([j, end])
      j = end
    } else {
      spans.push([j, j + 1])
      j++
    }
  }
  return spans
}

/**
 * The token's value against the policy's, cell by cell: equal characters, the first difference
 * and what follows it, or, for a StringLike pattern that matches, the characters each `*` and `?`
 * takes. `ignoreCase` for the …IgnoreCase operators.
 */
export function alignValues(
  token: string,
  policy: string,
  { wildcards = false, ignoreCase = false }: { wildcards?: boolean; ignoreCase?: boolean } = {},
): Alignment {
  const spans = wildcards ? globSpans(token, policy) : undefined
  if (spans) {
    const cells: AlignedCell[] = []
    spans.forEach(([from, to], i) => {
      const p = policy[i] ?? ''
      if (p === '*' || p === '?') {
        if (from === to) cells.push({ token: '', policy: p, state: 'wild' })
        for (let j = from; j < to; j++)
          cells.push({ token: token[j] ?? '', policy: j === from ? p : '', state: 'wild' })
      } else cells.push({ token: token[from] ?? '', policy: p, state: 'same' })
    })
    return { cells, matched: true }
  }
  const same = (a: string | undefined, b: string | undefined) =>
    a === b ||
    (ignoreCase && a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase())
  const cells: AlignedCell[] = []
  let diffAt: number | undefined
  for (let i = 0; i < Math.max(token.length, policy.length); i++) {
    const equal = same(token[i], policy[i])
    if (!equal && diffAt === undefined) diffAt = i
    cells.push({
      token: token[i] ?? '',
      policy: policy[i] ?? '',
      state: diffAt === undefined ? 'same' : diffAt === i ? 'diff' : 'rest',
    })
  }
  return diffAt === undefined ? { cells, matched: true } : { cells, matched: false, diffAt }
}

export interface ConditionPair {
  /** The claim the key names (`sub`, `aud`, `amr`…), or the whole key when it is not an issuer key. */
  claim: string
  operator: string
  /** The key as written in the policy. */
  key: string
  /** The key assembled from the token's issuer and the claim. */
  assembled?: string
  /** The assembled key is the policy's (IAM compares key names case-insensitively). */
  keyMatches: boolean
  token: string
  policy: string
  alignment: Alignment
  /** The policy's value has wildcards and the operator reads them. */
  wildcards: boolean
  ok: boolean
}

/** A trace's condition step (its data) as a pair of aligned values, its key assembled from `iss`. */
export function conditionPair(
  data: IrsaStepNamed<'trust.condition'>['data'],
  iss: string | undefined,
  ok: boolean,
): ConditionPair | undefined {
  if (!data) return undefined
  const key = text(data.key)
  const operator = text(data.operator)
  const colon = key.lastIndexOf(':')
  const claim = colon >= 0 ? key.slice(colon + 1) : key
  const assembled = iss && key.includes('/') ? conditionKeyFor(iss, claim) : undefined
  const values = Array.isArray(data.values) ? data.values : []
  const requestValues = Array.isArray(data.requestValues) ? data.requestValues.map(text) : []
  // The policy value that matched, else the first one; the request value it matched, else the first.
  const chosen = values.find((v) => v.matched === true) ?? values[0]
  const policy = chosen ? text(chosen.resolved ?? chosen.value) : ''
  const token =
    chosen?.matchedRequestValue !== undefined
      ? text(chosen.matchedRequestValue)
      : (requestValues[0] ?? '')
  const like = /Like/.test(operator)
  const wildcards = like && /[*?]/.test(policy)
  return {
    claim,
    operator,
    key,
    ...(assembled ? { assembled } : {}),
    keyMatches: assembled === undefined || assembled.toLowerCase() === key.toLowerCase(),
    token,
    policy,
    alignment: alignValues(token, policy, {
      wildcards: like,
      ignoreCase: /IgnoreCase/.test(operator),
    }),
    wildcards,
    ok,
  }
}

// ---------------------------------------------------------------------------------------------
// STS on the wire

/**
 * Percent-encoding of the AWS Query protocol: everything but RFC 3986's unreserved characters
 * (botocore's `percent_encode`, safe `-_.~`; the JS SDK v3 the same).
 */
export function awsPercentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
}

export interface StsRequest {
  /** `https://sts.<region>.amazonaws.com/` */
  url: string
  host: string
  /** The form fields in the order the SDK writes them (Action, Version, then the API model's order). */
  fields: [string, string][]
  /** `application/x-www-form-urlencoded` body. */
  body: string
  headers: [string, string][]
}

/**
 * The AssumeRoleWithWebIdentity request as the SDK sends it (AWS Query protocol, POST, unsigned:
 * the token is the credential). Members in the STS API model's order: RoleArn, RoleSessionName,
 * WebIdentityToken, then DurationSeconds when the caller sets one (the SDKs' web identity providers
 * do not).
 */
export function stsRequest(input: {
  endpoint: string
  roleArn: string
  roleSessionName: string
  token: string
  durationSeconds?: number
}): StsRequest {
  const fields: [string, string][] = [
    ['Action', 'AssumeRoleWithWebIdentity'],
    ['Version', STS_API_VERSION],
    ['RoleArn', input.roleArn],
    ['RoleSessionName', input.roleSessionName],
    ['WebIdentityToken', input.token],
  ]
  if (input.durationSeconds !== undefined)
    fields.push(['DurationSeconds', String(input.durationSeconds)])
  const body = fields.map(([k, v]) => `${k}=${awsPercentEncode(v)}`).join('&')
  const url = `${input.endpoint.replace(/\/+$/, '')}/`
  let host = url
  try {
    host = new URL(url).host
  } catch {
    // An endpoint that is not a URL is shown as it is.
  }
  return {
    url,
    host,
    fields,
    body,
    headers: [
      ['Host', host],
      ['Content-Type', 'application/x-www-form-urlencoded; charset=utf-8'],
      ['Content-Length', String(new TextEncoder().encode(body).length)],
    ],
  }
}

/**
 * A request ID for the simulated answer, stable for the same request (AWS's is random): FNV-1a
 * of the body, written in the UUID shape STS uses.
 */
export function requestIdFor(body: string): string {
  const hash = (seed: number) => {
    let h = seed >>> 0
    for (let i = 0; i < body.length; i++) {
      h ^= body.charCodeAt(i)
      h = Math.imul(h, 0x01000193) >>> 0
    }
    return h.toString(16).padStart(8, '0')
  }
  const hex = hash(0x811c9dc5) + hash(0x050c5d1f) + hash(0x2e0b5a9d) + hash(0x6a09e667)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

const HTTP_STATUS: Record<number, string> = {
  200: 'OK',
  400: 'Bad Request',
  403: 'Forbidden',
  500: 'Internal Server Error',
}

export interface StsAnswer {
  status: number
  statusText: string
  xml: string
  requestId: string
}

/**
 * STS's answer to the request, as the engine decided it: the result document, or the
 * ErrorResponse with the error's HTTP status. Undefined when STS was never called.
 */
export function stsAnswer(trace: IrsaTrace, requestId: string): StsAnswer | undefined {
  const call = findStep(trace.steps, 'sts.request')
  if (!call || call.status === 'skip') return undefined
  if (trace.outcome === 'issued' && trace.response)
    return { status: 200, statusText: 'OK', xml: successXml(trace.response, requestId), requestId }
  if (trace.outcome === 'denied' && trace.error)
    return {
      status: trace.error.httpStatus,
      statusText: HTTP_STATUS[trace.error.httpStatus] ?? '',
      xml: errorXml(trace.error, requestId),
      requestId,
    }
  return undefined
}

/** Seconds left from `now` until `expiration` (both instants), never negative. */
export function secondsLeft(expiration: string, now: string | number): number {
  const end = Date.parse(expiration)
  const from = typeof now === 'number' ? now : Date.parse(now)
  if (!Number.isFinite(end) || !Number.isFinite(from)) return 0
  return Math.max(0, Math.floor((end - from) / 1000))
}

/** `1:00:00`, `59:58`, `0:05`: a countdown's face. */
export function countdown(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const ss = String(s % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
}

// ---------------------------------------------------------------------------------------------
// Reproduce it yourself: each line reads a file `token` holding the token (as the pod has it).

/** jq's filter that decodes one base64url segment of the token to JSON (jq ≥ 1.6). */
const segment = (i: number) =>
  `split(".")[${i}] | gsub("-";"+") | gsub("_";"/") | @base64d | fromjson`

/** A single-quoted shell word. */
export const shellQuote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`

/** A JSON string literal inside a jq program (itself single-quoted for the shell). */
const jqString = (value: string) => JSON.stringify(value).replace(/'/g, `'\\''`)

export const reproduce = {
  /**
   * The signature step: the SHA-256 of the signing input and, for RS256, what the signature opens
   * to with the public key (a 2048-bit signature is 342 base64url characters: '==' pads it for
   * basenc).
   */
  signature: (rsa: boolean) =>
    rsa
      ? 'cut -d. -f1,2 token | tr -d "\\n" | openssl dgst -sha256; { cut -d. -f3 token | tr -d "\\n"; printf ==; } | basenc -d --base64url | openssl pkeyutl -verifyrecover -pubin -inkey key.pem -pkeyopt rsa_padding_mode:none | xxd'
      : 'cut -d. -f1,2 token | tr -d "\\n" | openssl dgst -sha256',
  /** The header and the payload, decoded: the JSON the app shows. */
  split: () => `jq -R '(${segment(0)}), (${segment(1)})' token`,
  /** One claim of the payload (`-r`: the raw string, as the condition compares it). */
  claim: (claim: string) => `jq -r -R '${segment(1)} | .[${jqString(claim)}]' token`,
  /** The discovery document (needs the network: the issuer is public). */
  discovery: (url: string) => `curl -s ${shellQuote(url)} | jq .`,
  /** The key the kid selects from the JWKS (prints nothing when no key has that kid). */
  jwks: (url: string, kid: string) =>
    `curl -s ${shellQuote(url)} | jq '.keys[] | select(.kid == ${jqString(kid)})'`,
  /** The same selection from a saved JWKS (`jwks.json`). */
  jwksFile: (kid: string) => `jq '.keys[] | select(.kid == ${jqString(kid)})' jwks.json`,
  /** The policy's value for a condition key, as IAM stores it. */
  policy: (role: string, statement: number, operator: string, key: string) =>
    `aws iam get-role --role-name ${shellQuote(role)} --query ${shellQuote(
      `Role.AssumeRolePolicyDocument.Statement[${statement}].Condition.${JSON.stringify(operator)}.${JSON.stringify(key)}`,
    )}`,
  /** The request, sent by curl with the same encoding (the answer is STS's XML). */
  sts: (request: StsRequest) =>
    [
      `curl -s ${shellQuote(request.url)}`,
      ...request.fields
        .filter(([name]) => name !== 'WebIdentityToken')
        .map(([name, value]) => `--data-urlencode ${shellQuote(`${name}=${value}`)}`),
      '--data-urlencode WebIdentityToken@token',
    ].join(' '),
  /** The same call through the AWS CLI, which prints the credentials as JSON. */
  credentials: (roleArn: string, sessionName: string) =>
    `aws sts assume-role-with-web-identity --role-arn ${shellQuote(roleArn)} --role-session-name ${shellQuote(sessionName)} --web-identity-token file://token`,
}
