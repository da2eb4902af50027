import { execFileSync } from 'node:child_process'
import { createPublicKey } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { decodeJwt, decodeProtectedHeader } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { answerStsRequest, readParameters } from '../../cli/stsProtocol'
import {
  findStep,
  generateClusterKey,
  isStep,
  simulate,
  type IrsaTrace,
  type Scenario,
} from '../../engine'
import type { ClusterKey } from '../../engine/jwt'
import { PRESETS } from '../../scenarios/presets'
import { hex, keyFor, signatureBytes } from './bytes'
import {
  alignValues,
  claimTargets,
  conditionPair,
  countdown,
  jwksEntries,
  reproduce,
  requestIdFor,
  secondsLeft,
  splitToken,
  stsAnswer,
  stsRequest,
} from './stepBytes'

const issuedAt = '2026-11-29T12:00:00.000Z'
let key: ClusterKey
const built = new Map<string, { scenario: Scenario; trace: IrsaTrace }>()

async function preset(id: string) {
  const cached = built.get(id)
  if (cached) return cached
  const scenario = await PRESETS.find((p) => p.id === id)!.build({ key, issuedAt })
  const result = { scenario, trace: await simulate(scenario) }
  built.set(id, result)
  return result
}

beforeAll(async () => {
  key = await generateClusterKey('RS256')
}, 30_000)

/** Runs a reproduce line in bash in `dir` (where the file `token` is), as a reader would. */
const sh = (line: string, dir: string) =>
  execFileSync('bash', ['-o', 'pipefail', '-c', line], { cwd: dir, encoding: 'utf8' })

function tokenDir(token: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'irsa-bytes-'))
  writeFileSync(join(dir, 'token'), token)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

function requestOf(scenario: Scenario, trace: IrsaTrace) {
  const d = findStep(trace.steps, 'sts.request')?.data
  return stsRequest({
    endpoint: String(d?.endpoint),
    roleArn: String(d?.roleArn),
    roleSessionName: String(d?.roleSessionName),
    token: scenario.token,
  })
}

describe('the token, split and decoded', { timeout: 30_000 }, () => {
  it('splits at the dots and decodes header and payload as jose does', async () => {
    const { scenario } = await preset('happy-path')
    const split = splitToken(scenario.token)!
    expect(split.segments.map((s) => s.text).join('.')).toBe(scenario.token)
    expect(split.header).toEqual(decodeProtectedHeader(scenario.token))
    expect(split.payload).toEqual(decodeJwt(scenario.token))
    expect(JSON.parse(split.segments[1].json!)).toEqual(decodeJwt(scenario.token))
    // RS256 with a 2048-bit key: a 256-byte signature.
    expect(split.segments[2].bytes).toBe(256)
  })

  it('gives nothing for a token it cannot read, never a throw', () => {
    for (const bad of ['', 'a.b', 'a.b.c.d', '!!.e30.e30', 'e30.bm90IGpzb24.e30', undefined])
      expect(splitToken(bad)).toBeUndefined()
  })

  it('sends each claim where the engine used it: iss → discovery, kid → the JWKS key, sub/aud → the condition keys', async () => {
    const { scenario, trace } = await preset('happy-path')
    const targets = claimTargets(splitToken(scenario.token)!, scenario.cluster.jwks)
    const to = Object.fromEntries(targets.map((c) => [c.claim, c.to]))
    const discovery = findStep(trace.steps, 'oidc.discovery')?.data
    expect(to.iss).toBe(discovery?.url)
    const kid = decodeProtectedHeader(scenario.token).kid
    const index = scenario.cluster.jwks.keys.findIndex((k) => k.kid === kid)
    expect(index).toBeGreaterThanOrEqual(0)
    expect(to.kid).toBe(`keys[${index}]`)
    // The keys the engine evaluated, as written in the trust policy (IAM: case-insensitive names).
    const keys = trace.steps.flatMap((s) =>
      isStep(s, 'trust.condition') ? [String(s.data?.key).toLowerCase()] : [],
    )
    expect(keys).toContain(to.sub!.toLowerCase())
    expect(keys).toContain(to.aud!.toLowerCase())
  })

  it('the jq line prints the header and payload the app shows', async () => {
    const { scenario } = await preset('happy-path')
    const split = splitToken(scenario.token)!
    const out = sh(reproduce.split(), tokenDir(scenario.token))
    // jq prints two JSON documents, one after the other.
    const docs = out
      .trim()
      .split(/\n(?=\{)/)
      .map((d) => JSON.parse(d) as unknown)
    expect(docs).toEqual([split.header, split.payload])
    expect(sh(reproduce.claim('sub'), tokenDir(scenario.token)).trim()).toBe(split.payload.sub)
  })
})

describe('the JWKS', { timeout: 30_000 }, () => {
  it('lights the key whose kid is the token’s; on a rotated key the kid matches nothing', async () => {
    for (const id of ['happy-path', 'rotated-signing-key']) {
      const { scenario, trace } = await preset(id)
      const kid = decodeProtectedHeader(scenario.token).kid
      const { entries, selected } = jwksEntries(scenario.cluster.jwks, kid)
      const engine = findStep(trace.steps, 'jwt.key')!
      expect(entries).toHaveLength(scenario.cluster.jwks.keys.length)
      // Lit exactly when the engine found the key.
      expect(selected >= 0).toBe(engine.status === 'pass')
      expect(entries.filter((e) => e.match)).toHaveLength(engine.status === 'pass' ? 1 : 0)
    }
  })

  it('the jq line selects the same key from the JWKS, and prints nothing for an unknown kid', async () => {
    const { scenario } = await preset('happy-path')
    const kid = String(decodeProtectedHeader(scenario.token).kid)
    const jwks = JSON.stringify(scenario.cluster.jwks)
    const dir = tokenDir(scenario.token, { 'jwks.json': jwks })
    const { selected } = jwksEntries(scenario.cluster.jwks, kid)
    expect(JSON.parse(sh(reproduce.jwksFile(kid), dir))).toEqual(
      scenario.cluster.jwks.keys[selected],
    )
    expect(sh(reproduce.jwksFile(`${kid}-rotated`), dir)).toBe('')
  })
})

describe('conditions, character by character', { timeout: 60_000 }, () => {
  it('marks the first difference where the two values part', () => {
    const a = 'system:serviceaccount:production:example-sa'
    const b = 'system:serviceaccount:example:example-sa'
    const aligned = alignValues(a, b)
    const first = [...a].findIndex((c, i) => c !== b[i])
    expect(aligned.matched).toBe(false)
    expect(aligned.diffAt).toBe(first)
    expect(aligned.cells[first]).toMatchObject({ token: a[first], policy: b[first], state: 'diff' })
    expect(aligned.cells.map((c) => c.token).join('')).toBe(a)
    expect(aligned.cells.map((c) => c.policy).join('')).toBe(b)
    expect(alignValues(b, b)).toEqual({ cells: expect.any(Array), matched: true })
    // …IgnoreCase: case alone is no difference.
    expect(alignValues('ABC', 'abc', { ignoreCase: true }).matched).toBe(true)
  })

  it('shows which characters a StringLike wildcard takes', () => {
    const value = 'system:serviceaccount:example:debug-shell'
    const pattern = 'system:serviceaccount:*:debug-?hell'
    const aligned = alignValues(value, pattern, { wildcards: true })
    expect(aligned.matched).toBe(true)
    const wild = aligned.cells.filter((c) => c.state === 'wild')
    expect(wild.map((c) => c.token).join('')).toBe('examples')
    // Every character of the value is in one cell; the pattern reads back whole.
    expect(aligned.cells.map((c) => c.token).join('')).toBe(value)
    expect(aligned.cells.map((c) => c.policy).join('')).toBe(pattern)
    // A pattern that does not match: the first literal difference.
    expect(alignValues('system:x', 'user:*', { wildcards: true }).diffAt).toBe(0)
  })

  it('agrees with the engine on every gallery scenario: aligned values match where the condition passed', async () => {
    let compared = 0
    for (const p of PRESETS) {
      const { scenario, trace } = await preset(p.id)
      const iss = String(decodeJwt(scenario.token).iss ?? '')
      for (const step of trace.steps) {
        if (!isStep(step, 'trust.condition') || !step.data) continue
        const d = step.data
        const single =
          Array.isArray(d.values) &&
          d.values.length === 1 &&
          Array.isArray(d.requestValues) &&
          d.requestValues.length === 1
        if (!single || !/^String(Equals|Like)$/.test(String(d.operator))) continue
        const pair = conditionPair(d, iss, step.status === 'pass')!
        expect(pair.alignment.matched, `${p.id} ${step.id}`).toBe(step.status === 'pass')
        // The key assembled from the token's issuer is the policy's key.
        expect(pair.keyMatches, `${p.id} ${step.id}`).toBe(true)
        compared++
      }
    }
    expect(compared).toBeGreaterThan(10)
  })

  it('the jq and aws lines name the claim and the policy value the condition compared', async () => {
    const { scenario, trace } = await preset('wrong-namespace')
    const step = trace.steps.find((s) => isStep(s, 'trust.condition') && s.status === 'fail')!
    if (!isStep(step, 'trust.condition')) throw new Error('no failed condition')
    const pair = conditionPair(step.data, String(decodeJwt(scenario.token).iss), false)!
    expect(sh(reproduce.claim(pair.claim), tokenDir(scenario.token)).trim()).toBe(pair.token)
    const line = reproduce.policy('example-role', 0, pair.operator, pair.key)
    expect(line).toContain(`Condition."${pair.operator}"."${pair.key}"`)
    // The JMESPath expression finds the policy's value in the trust policy.
    const policy = JSON.parse(scenario.aws.roles[0]!.trustPolicy) as {
      Statement: { Condition: Record<string, Record<string, string>> }[]
    }
    expect(policy.Statement[0]!.Condition[pair.operator]![pair.key]).toBe(pair.policy)
  })
})

describe('STS on the wire', { timeout: 60_000 }, () => {
  it('the body the app shows, answered by the CLI’s STS endpoint, gives the XML the app shows', async () => {
    for (const id of ['happy-path', 'wrong-namespace', 'tampered-payload']) {
      const { scenario, trace } = await preset(id)
      const request = requestOf(scenario, trace)
      const requestId = requestIdFor(request.body)
      const params = readParameters('', request.body)
      expect(params.get('WebIdentityToken')).toBe(scenario.token)
      const answered = await answerStsRequest(params, scenario, requestId, scenario.now)
      const shown = stsAnswer(trace, requestId)!
      expect(shown.status, id).toBe(answered.status)
      if (trace.outcome === 'issued') {
        // Credentials are minted per call; the documents differ only there.
        const strip = (xml: string) =>
          xml.replace(/<(SessionToken|SecretAccessKey|AccessKeyId)>[^<]*</g, '<$1>…<')
        expect(strip(shown.xml)).toBe(strip(answered.body))
        expect(shown.xml).toContain(`<AccessKeyId>${trace.response!.Credentials.AccessKeyId}<`)
      } else expect(shown.xml, id).toBe(answered.body)
    }
  })

  it('encodes the form as botocore does (RFC 3986 unreserved kept), in the model’s order', async () => {
    const { scenario, trace } = await preset('happy-path')
    const request = requestOf(scenario, trace)
    expect(request.fields.map(([k]) => k)).toEqual([
      'Action',
      'Version',
      'RoleArn',
      'RoleSessionName',
      'WebIdentityToken',
    ])
    expect(request.body).toMatch(
      /^Action=AssumeRoleWithWebIdentity&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A\d{12}%3Arole%2F/,
    )
    expect(
      stsRequest({
        ...{
          endpoint: 'https://sts.amazonaws.com',
          roleArn: "a!'()*~",
          roleSessionName: 's',
          token: 't',
        },
      }).body,
    ).toContain('RoleArn=a%21%27%28%29%2A~')
    const withDuration = stsRequest({
      endpoint: 'https://sts.amazonaws.com',
      roleArn: 'r',
      roleSessionName: 's',
      token: 't',
      durationSeconds: 900,
    })
    expect(withDuration.fields.at(-1)).toEqual(['DurationSeconds', '900'])
    expect(withDuration.headers).toContainEqual([
      'Content-Length',
      String(withDuration.body.length),
    ])
  })

  it('the curl line sends the same body, byte for byte', async () => {
    const { scenario, trace } = await preset('happy-path')
    const request = requestOf(scenario, trace)
    let received = ''
    const server = createServer((req, res) => {
      req.setEncoding('utf8')
      req.on('data', (chunk: string) => (received += chunk))
      req.on('end', () => res.end('ok'))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const local = { ...request, url: `http://127.0.0.1:${port}/` }
    try {
      await new Promise<void>((resolve, reject) => {
        // Async: the server answers in this process.
        import('node:child_process').then(({ execFile }) =>
          execFile('bash', ['-c', reproduce.sts(local)], { cwd: tokenDir(scenario.token) }, (e) =>
            e ? reject(e) : resolve(),
          ),
        )
      })
    } finally {
      server.close()
    }
    expect(received).toBe(request.body)
  })

  it('says nothing when STS was never called', async () => {
    const { trace } = await preset('node-role-fallback')
    expect(stsAnswer(trace, 'x')).toBeUndefined()
  })

  it('counts the credentials down on the simulated clock', async () => {
    const { trace } = await preset('happy-path')
    const expiration = trace.response!.Credentials.Expiration
    const left = secondsLeft(expiration, trace.now!)
    expect(left).toBe((Date.parse(expiration) - Date.parse(trace.now!)) / 1000)
    expect(countdown(3600)).toBe('1:00:00')
    expect(countdown(3599)).toBe('59:59')
    expect(countdown(5)).toBe('0:05')
    expect(secondsLeft(expiration, Date.parse(expiration) + 1000)).toBe(0)
  })
})

describe('the signature’s terminal line', { timeout: 30_000 }, () => {
  it('openssl prints the digest the app computed, and the PKCS#1 block the app opened', async () => {
    const { scenario } = await preset('tampered-payload')
    const jwk = keyFor(scenario.token, scenario.cluster.jwks)!
    const bytes = (await signatureBytes(scenario.token, jwk))!
    const pem = createPublicKey({ key: jwk as never, format: 'jwk' })
      .export({ type: 'spki', format: 'pem' })
      .toString()
    const out = sh(reproduce.signature(true), tokenDir(scenario.token, { 'key.pem': pem }))
    const [digestLine = '', ...dump] = out.trim().split('\n')
    expect(digestLine.slice(-64)).toBe(hex(bytes.digest).join(''))
    // xxd: "00000000: 0001 ffff …  ascii"; the hex columns are the opened block.
    const opened = dump.map((l) => l.slice(10, 49).replace(/ /g, '')).join('')
    expect(opened).toBe(hex(bytes.rsa!.block).join(''))
    // Tampered: the digest inside the block is not the computed one.
    expect(opened.slice(-64)).not.toBe(digestLine.slice(-64))
  })
})
