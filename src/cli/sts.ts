/// <reference types="node" />
/**
 * `irsa-lab sts --scenario FILE [--port N] [--now ISO]`: a local STS endpoint that answers
 * AssumeRoleWithWebIdentity for the scenario's providers, JWKS and roles, with each request's own
 * token, role ARN, session name and duration (stsProtocol.ts). Real clients point at it with
 * `--endpoint-url` (AWS CLI), `endpoint` (SDKs) or `AWS_ENDPOINT_URL_STS`.
 * One log line per request: outcome, error code, failing step.
 */
import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { simulate, type Scenario } from '../engine'
import { parseOptions, validInstant } from './args'
import { EXIT_BAD_INPUT, type CliIo } from './command'
import { loadScenario } from './loadScenario'
import { answerStsRequest, readParameters, type StsHttpResponse } from './stsProtocol'

export const DEFAULT_PORT = 4577
/** A request body larger than this is refused: an STS request is a token and a few names. */
const MAX_BODY = 256 * 1024

const HELP = `usage: irsa-lab sts --scenario FILE [--port N] [--host ADDR] [--now ISO]

A local STS endpoint answering AssumeRoleWithWebIdentity (AWS Query protocol) with IRSA Lab's
engine, for the scenario's OIDC providers, JWKS and roles and each request's own WebIdentityToken,
RoleArn, RoleSessionName and DurationSeconds.

  --scenario FILE  a scenario file exported by the app, or a Scenario JSON (engine contract)
  --port N         port on 127.0.0.1 (default ${DEFAULT_PORT}; 0: any free port)
  --host ADDR      address to listen on (default 127.0.0.1)
  --now ISO        the clock (default: the scenario's now, else the real time)

Try it:  aws sts assume-role-with-web-identity --endpoint-url http://127.0.0.1:${DEFAULT_PORT} \\
           --role-arn ARN --role-session-name me --web-identity-token "$(cat token)"
`

export interface StsServer {
  server: Server
  port: number
  close: () => Promise<void>
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY) chunks.push(chunk)
    })
    req.on('end', () => resolve(size > MAX_BODY ? undefined : Buffer.concat(chunks).toString()))
    req.on('error', () => resolve(undefined))
  })
}

/** `2026-11-29T12:01:00Z <id> issued  arn:… session=…` / `… denied 400 InvalidIdentityToken at sts.audience`. */
export function logLine(
  requestId: string,
  params: Map<string, string>,
  answer: StsHttpResponse,
): string {
  const who = [
    params.get('RoleArn') ? `role=${params.get('RoleArn')}` : undefined,
    params.get('RoleSessionName') !== undefined
      ? `session=${params.get('RoleSessionName')}`
      : undefined,
  ].filter(Boolean)
  const what =
    answer.outcome === 'issued'
      ? ['issued', String(answer.status)]
      : [
          answer.outcome,
          String(answer.status),
          answer.code ?? '',
          ...(answer.step ? ['at', answer.step] : []),
        ]
  return `${new Date().toISOString()} ${requestId} ${params.get('Action') ?? '-'} ${[...what, ...who].join(' ')}\n`
}

/** Starts the endpoint; resolves once it listens. */
export function startStsServer(
  scenario: Scenario,
  options: { port?: number; host?: string; now?: string; log?: (line: string) => void },
): Promise<StsServer> {
  const server = createServer(async (req, res) => {
    const requestId = randomUUID()
    const url = new URL(req.url ?? '/', 'http://localhost')
    const body = req.method === 'POST' ? await readBody(req) : ''
    let answer: StsHttpResponse
    const params = readParameters(url.search, body ?? '')
    if (body === undefined) {
      res.writeHead(413, { 'content-type': 'text/plain', 'x-amzn-RequestId': requestId })
      res.end('Request body too large\n')
      options.log?.(`${new Date().toISOString()} ${requestId} - rejected 413 body too large\n`)
      return
    }
    try {
      answer = await answerStsRequest(params, scenario, requestId, options.now)
    } catch (error) {
      // simulate never throws on input; this is a bug: answer as AWS does for one (500).
      const message = error instanceof Error ? error.message : String(error)
      res.writeHead(500, { 'content-type': 'text/plain', 'x-amzn-RequestId': requestId })
      res.end('Internal error\n')
      options.log?.(`${new Date().toISOString()} ${requestId} - error 500 ${message}\n`)
      return
    }
    res.writeHead(answer.status, answer.headers)
    res.end(answer.body)
    options.log?.(logLine(requestId, params, answer))
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? DEFAULT_PORT, options.host ?? '127.0.0.1', () => {
      server.off('error', reject)
      const port = (server.address() as AddressInfo).port
      resolve({
        server,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections()
            server.close(() => done())
          }),
      })
    })
  })
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseOptions(args, {
    scenario: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    now: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  })
  if (!parsed.ok) {
    io.stderr(`irsa-lab sts: ${parsed.reason}\n\n${HELP}`)
    return EXIT_BAD_INPUT
  }
  const { values } = parsed
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  const file = values.scenario
  if (typeof file !== 'string') {
    io.stderr(`irsa-lab sts: --scenario FILE is required\n\n${HELP}`)
    return EXIT_BAD_INPUT
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.stderr(`irsa-lab sts: --port must be a port number (0-65535)\n`)
    return EXIT_BAD_INPUT
  }
  const now = typeof values.now === 'string' ? values.now : undefined
  if (now !== undefined && !validInstant(now)) {
    io.stderr(`irsa-lab sts: --now must be an ISO 8601 instant, e.g. 2026-11-29T12:00:00Z\n`)
    return EXIT_BAD_INPUT
  }
  const loaded = await loadScenario(file)
  if (!loaded.ok) {
    io.stderr(`irsa-lab sts: ${file}: ${loaded.reason}\n`)
    return EXIT_BAD_INPUT
  }
  const scenario = loaded.scenario
  // A dry run with the scenario's own token tells the user, once, what its documents say.
  const probe = await simulate(scenario, now === undefined ? {} : { now })
  const errors = [...loaded.findings, ...probe.findings].filter((f) => f.severity === 'error')
  for (const f of errors.slice(0, 10))
    io.stderr(`irsa-lab sts: warning: ${f.source}${f.pointer ?? ''}: ${f.message}\n`)
  let server: StsServer
  try {
    server = await startStsServer(scenario, {
      port,
      ...(typeof values.host === 'string' ? { host: values.host } : {}),
      ...(now !== undefined ? { now } : {}),
      log: io.stdout,
    })
  } catch (error) {
    io.stderr(`irsa-lab sts: ${error instanceof Error ? error.message : String(error)}\n`)
    return EXIT_BAD_INPUT
  }
  const clock = now
    ? `fixed at ${now} (--now)`
    : scenario.now
      ? `fixed at ${scenario.now} (the scenario's now)`
      : 'the real time'
  const roles = scenario.aws.roles
    .map(
      (r) =>
        `arn:${scenario.aws.partition ?? 'aws'}:iam::${scenario.aws.accountId}:role${r.path ?? '/'}${r.name}`,
    )
    .join(', ')
  io.stdout(
    `irsa-lab sts: listening on http://${typeof values.host === 'string' ? values.host : '127.0.0.1'}:${server.port}\n` +
      `  scenario: ${file}; roles: ${roles || 'none'}; clock: ${clock}\n`,
  )
  await new Promise<void>((resolve) => {
    if (!io.signal) return // runs until the process is killed
    if (io.signal.aborted) resolve()
    io.signal.addEventListener('abort', () => resolve(), { once: true })
  })
  await server.close()
  return 0
}
